import { isAvailableIn, type Metric, TEMPLATE_DATA_YEARS, TEMPLATE_VERSIONS } from '@gongkai/domain';

export type MetricYears = { from: number; to: number | null } | null;

/**
 * The data years in which a metric exists at all (reported or derived), from the templates that carry it:
 * t2_procure_amount_yuan → 2019–2020, t2_fee_amount_yuan → 2021–. Null when no template carries it.
 */
export function computeMetricYears(metric: Metric): MetricYears {
  const templates = TEMPLATE_VERSIONS.filter((template) => isAvailableIn(metric, template));
  if (templates.length === 0) return null;
  const from = Math.min(...templates.map((template) => TEMPLATE_DATA_YEARS[template].from));
  const ends = templates.map((template) => TEMPLATE_DATA_YEARS[template].to);
  const to = ends.some((end) => end === null) ? null : Math.max(...ends.map((end) => end ?? 0));

  return { from, to };
}
