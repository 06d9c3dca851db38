import { METRICS, type MetricCategory, type TemplateId } from '@gongkai/domain';

import { type ReportValue } from '../../core/types/api';

export type CountyReportValues = {
  id: string;
  year: number;
  template: TemplateId;
  /** Generated sample data (fetched; optional in fixtures). */
  sampleData?: boolean;
  region: { code: string };
  issuer: { kind: string };
  values: Array<Pick<ReportValue, 'key' | 'value' | 'state' | 'raw'>>;
};

export type CountyMetricRow = { key: string; category: MetricCategory; cells: Array<Pick<ReportValue, 'key' | 'value' | 'state' | 'raw'> | null> };
export type CountyValuesTable = { years: number[]; reportIds: Array<string | null>; rows: CountyMetricRow[] };

const ISSUER_PREFERENCE = ['gov', 'gov_office'];

/**
 * Every metric of the catalogue (in catalogue order) over the county's years, from the county's own
 * report per year (the government's, else its office's). Metrics with no value in any year are left out.
 */
export function transformCountyValuesToTable(reports: readonly CountyReportValues[], regionCode: string): CountyValuesTable {
  const byYear = new Map<number, CountyReportValues>();
  const rank = (r: CountyReportValues) => {
    const i = ISSUER_PREFERENCE.indexOf(r.issuer.kind);

    return (r.region.code === regionCode ? 0 : 10) + (i === -1 ? 5 : i);
  };
  for (const report of reports) {
    const current = byYear.get(report.year);
    if (!current || rank(report) < rank(current)) byYear.set(report.year, report);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const maps = years.map((y) => new Map((byYear.get(y)?.values ?? []).map((v) => [v.key, v])));
  const rows = METRICS.map((metric) => ({ key: metric.key, category: metric.category, cells: maps.map((m) => m.get(metric.key) ?? null) })).filter((row) => row.cells.some((c) => c !== null));

  return { years, reportIds: years.map((y) => byYear.get(y)?.id ?? null), rows };
}
