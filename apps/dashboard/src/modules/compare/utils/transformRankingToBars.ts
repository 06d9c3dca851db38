import { getMetric } from '@gongkai/domain';

import { type Lang } from '../../core/i18n/useI18n';
import { type Ranking, type RegionRef } from '../../core/types/api';
import { formatValue } from '../../core/utils/formatValue';

/** `sample`: the bar's report is generated sample data (drawn pale with a dashed outline, legend 示例数据). */
export type CompareBar = { code: string; name: string; value: number | null; label: string; sample: boolean };
export type CompareBars = { bars: CompareBar[]; median: number | null; empty: boolean; hasSample: boolean };

/** The chosen counties' values of one year as bars (in the chosen order), with the prefecture median. */
export function transformRankingToBars(ranking: Ranking | undefined, counties: readonly RegionRef[], metricKey: string, lang: Lang): CompareBars {
  const scale = getMetric(metricKey)?.unit === 'ratio' ? 100 : 1;
  const entries = new Map((ranking?.entries ?? []).map((e) => [e.region.code, e]));
  const bars = counties.map((county) => {
    const entry = entries.get(county.code);
    const hasValue = entry !== undefined && entry.value !== null && (entry.state === 'number' || entry.state === 'derived');

    return {
      code: county.code,
      name: county.name,
      value: hasValue ? Number(entry.value) * scale : null,
      label: entry ? formatValue(entry.value, entry.state, metricKey, lang) : formatValue(null, 'missing', metricKey, lang),
      sample: entry?.sampleData === true,
    };
  });

  return {
    bars,
    median: ranking?.median === null || ranking?.median === undefined ? null : ranking.median * scale,
    empty: bars.every((b) => b.value === null),
    hasSample: bars.some((b) => b.sample),
  };
}
