import { type ChartExportMeta } from '../types';

export type RegisteredChart = { id: string; element: () => Element | null; meta: () => ChartExportMeta };

// Charts on the current page, in mount order: the briefing pack exports them all.
const charts = new Map<string, RegisteredChart>();

export function registerChart(chart: RegisteredChart): () => void {
  charts.set(chart.id, chart);

  return () => {
    charts.delete(chart.id);
  };
}

export function registeredCharts(): RegisteredChart[] {
  return [...charts.values()];
}
