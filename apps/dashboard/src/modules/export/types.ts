import { type DataTable } from './utils/toCsv';

export type LegendItem = { label: string; color: string; dashed?: string; kind?: 'line' | 'bar' | 'reference' };

/** Everything an export needs besides the drawn chart. */
export type ChartExportMeta = {
  title: string;
  subtitle: string;
  legend: readonly LegendItem[];
  sourceNote: string;
  dataDate: string;
  fileName: string;
  table: DataTable;
};
