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
};
