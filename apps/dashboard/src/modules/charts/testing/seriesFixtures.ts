import { type Comparability } from '@gongkai/domain';

import { type PointState, type Series, type SeriesPoint } from '../../core/types/api';

/** Test fixture: a series point as the api sends it (template by year: gb2019 before 2021). */
export function seriesPoint(
  year: number,
  value: string | null,
  state: PointState = 'number',
  comparability: Comparability | null = 'same',
  change: string | null = null,
): SeriesPoint {
  return {
    year,
    reportId: null,
    template: year >= 2021 ? 'gb2021' : 'gb2019',
    value,
    state,
    raw: value,
    sampleData: false,
    change,
    changePct: null,
    changePp: null,
    comparability,
  };
}

/** Test fixture: one county's series of t3_new_received_tot. */
export function countySeries(code: string, points: SeriesPoint[]): Series {
  return { region: { code, name: `县${code}` }, metric: { key: 't3_new_received_tot' }, points };
}
