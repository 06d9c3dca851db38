import { type DataTable } from './utils/toCsv';

export type LegendItem = { label: string; color: string; dashed?: string; kind?: 'line' | 'bar' | 'reference' | 'sample' | 'sample-ring' | 'sample-bar' };

/** Everything an export needs besides the drawn chart. */
export type ChartExportMeta = {
  title: string;
  subtitle: string;
  legend: readonly LegendItem[];
  sourceNote: string;
  dataDate: string;
  fileName: string;
  table: DataTable;
  /** Set (translated, always naming 示例数据) when the chart or table contains sample data: every export carries it. */
  sampleNote?: string | null;
  /** The chart's numbers as a native PowerPoint chart draws them (the card's PPTX export); absent: no PPTX. */
  slide?: SlideSeries | null;
};

/** Categories and series of a chart; null is a gap (no report, blank), never 0. */
export type SlideSeries = {
  kind: 'line' | 'bar';
  labels: string[];
  series: { name: string; values: (number | null)[] }[];
  /** Unit shown on the value axis. */
  unit: string;
};
