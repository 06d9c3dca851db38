import { CATEGORY_LABELS, getMetric, UNIT_LABELS } from '@gongkai/domain';

import { fromMetricToMetricDto } from './from-metric-to-metric-dto.util';

describe('fromMetricToMetricDto', () => {
  it('takes every label from the domain catalogue', () => {
    const metric = getMetric('rate_disclosed');
    if (!metric) throw new Error('catalogue lost rate_disclosed');
    const dto = fromMetricToMetricDto(metric);

    expect(dto).toMatchObject({
      key: 'rate_disclosed',
      labelZh: metric.labelZh,
      categoryLabelZh: CATEGORY_LABELS.requests.zh,
      unit: 'ratio',
      unitLabelZh: UNIT_LABELS.ratio.zh,
      continuity: 'same',
      reportedIn: [],
      derivedIn: ['gb2019', 'gb2021'],
      formulaZh: metric.formulaZh,
    });
  });
});
