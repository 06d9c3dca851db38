import { type AggregateRow, type AggregateTemplateRow } from '../../core/types/api';
import { transformAggregatesToHeadline } from './transformAggregatesToHeadline';

const row = (year: number, value: number | null, count = 2, extra: Partial<AggregateRow> = {}): AggregateRow => ({ year, value, count, regionCount: count, undefinedCount: 0, likeForLike: null, ...extra });
const tpl = (year: number, template: AggregateTemplateRow['template'], count = 2): AggregateTemplateRow => ({ year, template, value: count, count });
const step = (regionCount: number, excluded: string[] = []): AggregateRow['likeForLike'] => ({
  fromYear: 2024,
  toYear: 2025,
  regionCount,
  excludedRegions: excluded.map((name, i) => ({ code: `54040${i}`, name })),
});

describe('transformAggregatesToHeadline', () => {
  it('takes the year and compares with the previous year of the same template', () => {
    const h = transformAggregatesToHeadline([row(2021, 100), row(2022, 120, 3)], [tpl(2021, 'gb2021'), tpl(2022, 'gb2021', 3)], 't3_new_received_tot', 2022, 'ALL_REPORTS');
    expect(h).toMatchObject({ value: 120, previous: 100, change: 20, changePct: 20, comparability: 'same', reportCount: 3, regionCount: 3, previousRegionCount: 2, likeForLike: null, reported: true });
  });

  it('shows no change across the 2020→2021 break of a discontinued series', () => {
    const h = transformAggregatesToHeadline([row(2020, 5), row(2021, 7)], [tpl(2020, 'gb2019'), tpl(2021, 'gb2021')], 't2_nd_public_total', 2021);
    expect(h.comparability).toBe('break');
    expect(h.change).toBeNull();
  });

  it('keeps the change of a continuous series across templates', () => {
    const h = transformAggregatesToHeadline([row(2020, 50), row(2021, 40)], [tpl(2020, 'gb2019'), tpl(2021, 'gb2021')], 't2_license_decisions', 2021);
    expect(h.comparability).toBe('same');
    expect(h.change).toBe(-10);
  });

  it('is not reported in a year without values (procurement after 2020) and when empty', () => {
    expect(transformAggregatesToHeadline([row(2020, 1000)], [tpl(2020, 'gb2019')], 't2_procure_amount_yuan', 2021).reported).toBe(false);
    expect(transformAggregatesToHeadline([], [], 't3_new_received_tot', 2021)).toMatchObject({ value: null, change: null, comparability: null, reported: false });
  });

  it('scales ratios to percent and gives the change in points, not percent', () => {
    const h = transformAggregatesToHeadline([row(2021, 0.5), row(2022, 0.6)], [tpl(2021, 'gb2021'), tpl(2022, 'gb2021')], 'rate_disclosed', 2022);
    expect(h.value).toBeCloseTo(60);
    expect(h.change).toBeCloseTo(10);
    expect(h.changePct).toBeNull();
  });

  it('like for like: carries the compared regions and those left out, and the change between the same regions', () => {
    const rows = [row(2024, 5000, 3, { likeForLike: step(3, ['朗县', '米林县']) }), row(2025, 5797, 3, { likeForLike: step(3, ['朗县', '米林县']) })];
    const h = transformAggregatesToHeadline(rows, [tpl(2024, 'gb2021', 3), tpl(2025, 'gb2021', 3)], 't2_license_decisions', 2025);
    expect(h).toMatchObject({ comparison: 'LIKE_FOR_LIKE', value: 5797, previous: 5000, change: 797, likeForLike: { regionCount: 3 }, reported: true });
    expect(h.likeForLike?.excludedRegions.map((r) => r.name)).toEqual(['朗县', '米林县']);
  });

  it('like for like with no county in both years: shown (not hidden), without a value', () => {
    const rows = [row(2024, 100, 2, { likeForLike: step(0, ['A', 'B']) }), row(2025, null, 0, { regionCount: 0, likeForLike: step(0, ['A', 'B']) })];
    expect(transformAggregatesToHeadline(rows, [], 't2_license_decisions', 2025)).toMatchObject({ value: null, change: null, reported: true, likeForLike: { regionCount: 0 } });
  });

  it('a year whose rates all have denominator 0 is undefined, not missing', () => {
    const h = transformAggregatesToHeadline([row(2024, 0.2), row(2025, null, 0, { regionCount: 0, undefinedCount: 2 })], [], 'rate_review_corrected', 2025, 'ALL_REPORTS');
    expect(h).toMatchObject({ value: null, undefinedRate: true, change: null, reported: true });
  });
});
