import { BOARD_FAMILIES, type TemplateId } from '@gongkai/domain';

import { type RegionRow } from '../../regions/types/region-row.type';
import { type BoardReportCell, type BoardValueCell } from '../types/board-results.type';
import { computeBoard } from './compute-board.util';

const region = (code: string, name: string): RegionRow => ({ code, name, level: 'county', parent_code: '540400', path: `西藏自治区 林芝市 ${name}` });
const parent: RegionRow = { code: '540400', name: '林芝市', level: 'prefecture', parent_code: '540000', path: '西藏自治区 林芝市' };
const A = region('540402', '巴宜区');
const B = region('540421', '工布江达县');
const C = region('540422', '米林市');
const templateOf = (year: number): TemplateId => (year <= 2020 ? 'gb2019' : 'gb2021');

function build(options: { values: Record<string, Record<number, Record<string, string | null>>>; missing?: string[]; sample?: string[]; templates?: Record<string, TemplateId> }) {
  const reports: BoardReportCell[] = [];
  const values: BoardValueCell[] = [];
  for (const r of [A, B, C]) {
    for (const year of [2019, 2020, 2021]) {
      const id = `${r.code}|${year}`;
      if (options.missing?.includes(id)) continue;
      reports.push({ regionCode: r.code, year, reportId: `r-${id}`, template: options.templates?.[id] ?? templateOf(year), sampleData: options.sample?.includes(id) ?? false });
      for (const [metricKey, value] of Object.entries(options.values[r.code]?.[year] ?? {})) {
        values.push({ regionCode: r.code, year, metricKey, value, state: value === null ? 'undefined' : 'number' });
      }
    }
  }

  return computeBoard({ parent, regions: [A, B, C], yearFrom: 2019, yearTo: 2021, families: BOARD_FAMILIES, reports, values });
}

const family = (board: ReturnType<typeof build>, id: string) => {
  const found = board.families.find((f) => f.family.id === id);
  if (!found) throw new Error(`no family ${id}`);

  return found;
};
const metricOf = (board: ReturnType<typeof build>, familyId: string, key: string) => {
  const found = family(board, familyId).metrics.find((m) => m.metric.key === key);
  if (!found) throw new Error(`no metric ${key}`);

  return found;
};
const license = (a: number[], b: number[], c: number[]) => ({
  [A.code]: Object.fromEntries(a.map((v, i) => [2019 + i, { t2_license_decisions: String(v) }])),
  [B.code]: Object.fromEntries(b.map((v, i) => [2019 + i, { t2_license_decisions: String(v) }])),
  [C.code]: Object.fromEntries(c.map((v, i) => [2019 + i, { t2_license_decisions: String(v) }])),
});

describe('computeBoard', () => {
  it('sums the prefecture each year and compares each year with the last over the counties known in both (like-for-like)', () => {
    const board = build({ values: license([10, 20, 30], [5, 5, 15], [100, 50]), missing: [`${C.code}|2021`] });
    const totals = metricOf(board, 'license', 't2_license_decisions').totals;

    expect(totals.map((t) => [t.year, t.value, t.regionCount, t.state])).toEqual([
      [2019, '115', 3, 'number'],
      [2020, '75', 3, 'number'],
      [2021, '45', 2, 'number'],
    ]);
    expect(totals[0].likeForLike).toBeNull();
    expect(totals[0].change).toBeNull();
    // 2020 vs 2019 over all three: 75 − 115.
    expect(totals[1]).toMatchObject({ change: '-40', changePct: -34.782609, comparability: 'same' });
    // 2021 vs 2020 over 巴宜区 and 工布江达县 only (米林市 has no 2021 report): 45 vs 25, not 45 vs 75.
    expect(totals[2].likeForLike).toEqual({ fromYear: 2020, toYear: 2021, regionCount: 2, excludedRegions: [C], value: '45', previousValue: '25' });
    expect(totals[2]).toMatchObject({ change: '20', changePct: 80, comparability: 'same', median: '22.5', regionTotal: 3 });
  });

  it('gives each county its series (a missing report is a gap, not 0) and ranks the latest year with the change of rank', () => {
    const board = build({ values: license([10, 20, 30], [5, 50, 15], [100, 50]), missing: [`${C.code}|2021`] });
    const metric = metricOf(board, 'license', 't2_license_decisions');
    const c = metric.counties.find((s) => s.region.code === C.code);

    expect(c?.points.map((p) => [p.year, p.value, p.state])).toEqual([
      [2019, '100', 'number'],
      [2020, '50', 'number'],
      [2021, null, 'missing'],
    ]);
    expect(metric.rankYear).toBe(2021);
    // 2020: 工布江达县 50 and 米林市 50 share rank 1, 巴宜区 20 is 3rd; 2021: 巴宜区 30, 工布江达县 15.
    expect(metric.ranking.map((e) => [e.region.name, e.rank, e.previousRank, e.rankChange])).toEqual([
      ['巴宜区', 1, 3, 2],
      ['工布江达县', 2, 1, -1],
      ['米林市', null, 1, null],
    ]);
  });

  it('draws no change across a break: a non-standard report makes its step (and the prefecture step) a break', () => {
    const board = build({ values: license([10, 20, 30], [5, 5, 15], [100, 50, 60]), templates: { [`${B.code}|2020`]: 'nonstandard' } });
    const metric = metricOf(board, 'license', 't2_license_decisions');

    expect(metric.counties.find((s) => s.region.code === B.code)?.points[1]).toMatchObject({ comparability: 'break', change: null });
    expect(metric.totals[1]).toMatchObject({ comparability: 'break', change: null, changePct: null, value: '75' });
    expect(metric.ranking.find((e) => e.region.code === B.code)?.rankChange).toBeNull();
  });

  it('ends procurement with the 2019 template and says so, instead of empty 2021 points', () => {
    const values = { [A.code]: { 2019: { t2_procure_projects: '3', t2_procure_amount_yuan: '1234567.89' }, 2020: { t2_procure_projects: '4', t2_procure_amount_yuan: '0.11' } } };
    const procurement = family(build({ values }), 'procurement');
    const amount = procurement.metrics.find((m) => m.metric.key === 't2_procure_amount_yuan');

    expect(procurement.family.templateNote?.zh).toContain('2021年版');
    expect(amount).toMatchObject({ yearsFrom: 2019, yearsTo: 2020, rankYear: 2020 });
    expect(amount?.totals.map((t) => [t.year, t.value, t.regionCount])).toEqual([
      [2019, '1234567.89', 1],
      [2020, '0.11', 1],
    ]);
    expect(amount?.totals[1].change).toBe('-1234567.78');
  });

  it('computes a rate as Σ numerator ÷ Σ denominator and keeps it undefined when nothing was reconsidered', () => {
    const review = (corrected: string, total: string, rate: string | null) => ({ t4_review_corrected: corrected, t4_review_total: total, rate_review_corrected: rate });
    const values = {
      [A.code]: { 2019: review('1', '4', '0.25'), 2020: review('0', '0', null) },
      [B.code]: { 2019: review('1', '1', '1'), 2020: review('0', '0', null) },
    };
    const rate = metricOf(build({ values }), 'requests', 'rate_review_corrected');

    // 2 of 5, not the mean of 25 % and 100 %.
    expect(rate.totals[0]).toMatchObject({ value: '0.4', state: 'number', regionCount: 2, median: '0.625' });
    expect(rate.totals[1]).toMatchObject({ value: null, state: 'undefined', regionCount: 2, change: null, changePp: null });
    expect(rate.counties[0].points[1]).toMatchObject({ value: null, state: 'undefined', rank: null });
  });

  it('composes the outcome of requests as shares of the summed parts, over the counties with every part known', () => {
    const outcomes = family(build({ values: {} }), 'requests').compositions.find((c) => c.composition.id === 'outcomes');
    const parts = outcomes?.parts.map((p) => p.key) ?? [];
    const full = (granted: string) => Object.fromEntries(parts.map((key) => [key, key === 't3_granted_tot' ? granted : '1']));
    const board = build({ values: { [A.code]: { 2019: full('8') }, [B.code]: { 2019: full('0') }, [C.code]: { 2019: { ...full('5'), t3_partial_tot: null } } } });
    const year = family(board, 'requests').compositions.find((c) => c.composition.id === 'outcomes')?.years[0];

    expect(year).toMatchObject({ year: 2019, regionCount: 2, regionTotal: 3, total: '32' });
    expect(year?.shares.find((s) => s.metricKey === 't3_granted_tot')).toEqual({ metricKey: 't3_granted_tot', value: '8', share: 0.25 });
    expect(year?.shares.reduce((sum, s) => sum + (s.share ?? 0), 0)).toBeCloseTo(1, 5);
    // A year with no county reporting the parts has no shares, not zeros.
    expect(family(board, 'requests').compositions[0].years[1]).toMatchObject({ year: 2020, regionCount: 0, total: null });
    expect(family(board, 'requests').compositions[0].years[1].shares.every((s) => s.share === null)).toBe(true);
  });

  it('marks totals and points built on generated sample reports', () => {
    const board = build({ values: license([10, 20, 30], [5, 5, 15], [1, 2, 3]), sample: [`${A.code}|2020`] });
    const metric = metricOf(board, 'license', 't2_license_decisions');

    expect(metric.totals.map((t) => t.sampleData)).toEqual([false, true, false]);
    expect(metric.counties[0].points.map((p) => p.sampleData)).toEqual([false, true, false]);
  });

  it("a province's board ranks its prefectures, each the sum of its counties known that year, changed like for like over them", () => {
    const P1 = { ...region('540100', '甲市'), level: 'prefecture' as const };
    const P2 = { ...region('540200', '乙市'), level: 'prefecture' as const };
    const values = license([10, 20, 30], [5, 5], [100, 50, 60]);
    const reports: BoardReportCell[] = [];
    const cells: BoardValueCell[] = [];
    for (const [code, years] of Object.entries(values)) {
      for (const [year, byKey] of Object.entries(years)) {
        reports.push({ regionCode: code, year: Number(year), reportId: `${code}-${year}`, template: templateOf(Number(year)), sampleData: false });
        for (const [metricKey, value] of Object.entries(byKey)) cells.push({ regionCode: code, year: Number(year), metricKey, value, state: 'number' });
      }
    }
    const board = computeBoard({
      parent: { ...parent, code: '540000', level: 'province' },
      regions: [A, B, C],
      units: [{ region: P1, memberCodes: [A.code, B.code] }, { region: P2, memberCodes: [C.code] }],
      yearFrom: 2019,
      yearTo: 2021,
      families: BOARD_FAMILIES,
      reports,
      values: cells,
    });
    const metric = board.families[0].metrics[0];

    expect(board).toMatchObject({ level: 'prefecture', countyCount: 3 });
    expect(board.regions.map((r) => r.code)).toEqual([P1.code, P2.code]);
    const p1 = metric.counties[0].points;
    // 2021: only 巴宜区 reported in 甲市 (30 of 2 counties' worth: 1 of 2), compared with its own 20.
    expect(p1.map((p) => [p.year, p.value, p.state, p.memberCount, p.memberTotal, p.change])).toEqual([
      [2019, '15', 'derived', 2, 2, null],
      [2020, '25', 'derived', 2, 2, '10'],
      [2021, '30', 'derived', 1, 2, '10'],
    ]);
    expect(metric.ranking.map((e) => [e.region.code, e.rank, e.rankChange])).toEqual([
      [P2.code, 1, 0],
      [P1.code, 2, 0],
    ]);
    // The province total is over the counties, like for like: 2021 (30 + 60) vs 2020 (20 + 50).
    expect(metric.totals[2]).toMatchObject({ value: '90', regionCount: 2, regionTotal: 3, change: '20' });
  });
});
