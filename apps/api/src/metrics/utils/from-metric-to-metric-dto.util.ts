import { CATEGORY_LABELS, type Metric, UNIT_LABELS } from '@gongkai/domain';

import { MetricDto } from '../dtos/metric.dto';

export function fromMetricToMetricDto(metric: Metric): MetricDto {
  return Object.assign(new MetricDto(), {
    key: metric.key,
    table: metric.table,
    category: metric.category,
    categoryLabelZh: CATEGORY_LABELS[metric.category].zh,
    labelZh: metric.labelZh,
    labelEn: metric.labelEn,
    unit: metric.unit,
    unitLabelZh: UNIT_LABELS[metric.unit].zh,
    reportedIn: [...metric.reportedIn],
    derivedIn: [...metric.derivedIn],
    formulaZh: metric.formulaZh ?? null,
    continuity: metric.continuity,
    signed: metric.signed,
  });
}
