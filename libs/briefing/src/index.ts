export * from './lib/briefing-pack.type';
export * from './lib/chart-axis';
export * from './lib/render-pptx';
export * from './lib/render-pdf';
export * from './lib/assemble-briefing-pack';
