import { isAvailableIn, type Metric, type TemplateId } from '@gongkai/domain';

/** Catalogue metrics of a category and/or available (reported or derived) in a template; nonstandard has none. */
export function filterMetrics(metrics: readonly Metric[], filter: { category?: string | null; template?: TemplateId | null }): Metric[] {
  return metrics.filter(
    (metric) =>
      (!filter.category || metric.category === filter.category) &&
      (!filter.template || (filter.template !== 'nonstandard' && isAvailableIn(metric, filter.template))),
  );
}
