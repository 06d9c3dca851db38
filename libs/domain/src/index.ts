export * from './lib/template-version';
export * from './lib/issuer-kind';
export * from './lib/template-layout';
export * from './lib/metric-catalogue';
export * from './lib/rules';
export * from './lib/audit-action';
export * from './lib/briefing-wording';
export * from './lib/board-families';
