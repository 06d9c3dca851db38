// The browser's entry (the dashboard's chart-card export): pptxgenjs only, none of the PDF renderer (pdfkit, fonts).
export { type BriefingChart } from './lib/briefing-pack.type';
export { buildChartPptx, buildChartsPptx } from './lib/render-pptx';
