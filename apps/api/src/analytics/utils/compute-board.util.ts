import { type BoardComposition, type BoardFamily, type Comparability, getMetric, type Metric } from '@gongkai/domain';
import { Decimal } from 'decimal.js';

import { type RegionRow } from '../../regions/types/region-row.type';
import {
  type BoardCompositionResult,
  type BoardFamilyResult,
  type BoardMetricResult,
  type BoardPointResult,
  type BoardRankingEntryResult,
  type BoardReportCell,
  type BoardResult,
  type BoardTotalResult,
  type BoardValueCell,
} from '../types/board-results.type';
import { computeMetricYears } from './compute-metric-years.util';
import { computeStepComparability } from './compute-step-comparability.util';
import { computeYearOverYear } from './compute-year-over-year.util';

/** A unit of a province's board: a prefecture and the counties its values are summed from. */
export type BoardUnit = { region: RegionRow; memberCodes: readonly string[] };

export type ComputeBoardInput = {
  parent: RegionRow;
  /** The counties: totals, like-for-like steps and compositions are always over them. */
  regions: readonly RegionRow[];
  /** Province level: the series and ranking are of these units (prefectures), each summed from its counties. */
  units?: readonly BoardUnit[];
  yearFrom: number;
  yearTo: number;
  families: readonly BoardFamily[];
  reports: readonly BoardReportCell[];
  values: readonly BoardValueCell[];
};

/** Same places as the parser's derived rates, so a county's rate and the prefecture's read alike. */
const RATIO_PLACES = 6;
const SHARE_PLACES = 6;
const WORST: readonly Comparability[] = ['break', 'approximate', 'same'];

/**
 * The board of a prefecture (issue 18), from the primary reports and values of its counties: per family and
 * metric the prefecture total of each year with its like-for-like step (the change is computed over the
 * counties known in both years only, and never across a break), each county's series with its rank, the
 * ranking of the latest year with rank change, and the compositions as shares of the summed parts. A rate is
 * Σ numerator ÷ Σ denominator, undefined (not 0) when the denominator sums to 0. Pure: no I/O.
 */
export function computeBoard(input: ComputeBoardInput): BoardResult {
  const reports = new Map(input.reports.map((r) => [`${r.regionCode}|${r.year}`, r]));
  // metric → region → year: looked up without building a key string (the board makes tens of thousands of look-ups).
  const values = new Map<string, Map<string, Map<number, BoardValueCell>>>();
  for (const v of input.values) {
    let byRegion = values.get(v.metricKey);
    if (!byRegion) values.set(v.metricKey, (byRegion = new Map()));
    let byYear = byRegion.get(v.regionCode);
    if (!byYear) byRegion.set(v.regionCode, (byYear = new Map()));
    byYear.set(v.year, v);
  }
  const range: number[] = [];
  for (let year = input.yearFrom; year <= input.yearTo; year++) range.push(year);
  const context: Context = { ...input, reports, values, range };

  return {
    parent: input.parent,
    yearFrom: input.yearFrom,
    yearTo: input.yearTo,
    level: input.units ? 'prefecture' : 'county',
    regions: input.units ? input.units.map((u) => u.region) : [...input.regions],
    countyCount: input.regions.length,
    families: input.families.map(
      (family): BoardFamilyResult => ({
        family,
        metrics: family.metrics.map((key) => boardMetric(context, requireMetric(key))),
        compositions: family.compositions.map((composition) => boardComposition(context, composition)),
      }),
    ),
  };
}

type Context = Omit<ComputeBoardInput, 'reports' | 'values'> & {
  reports: Map<string, BoardReportCell>;
  values: Map<string, Map<string, Map<number, BoardValueCell>>>;
  range: number[];
};

function requireMetric(key: string): Metric {
  const metric = getMetric(key);
  if (!metric) throw new Error(`Board family names unknown metric ${key}`);

  return metric;
}

function cellOf(context: Context, key: string, code: string, year: number): BoardValueCell | null {
  return context.values.get(key)?.get(code)?.get(year) ?? null;
}

function valueOf(context: Context, key: string, code: string, year: number): string | null {
  return cellOf(context, key, code, year)?.value ?? null;
}

/** Integers this short add exactly as JS numbers (a few hundred terms stay far below 2^53). */
const SHORT_INTEGER = /^-?\d{1,13}$/;

/** Exact sum of decimal strings; the common all-integer case avoids decimal objects. */
function exactSum(terms: readonly string[]): string {
  let total = 0;
  for (const term of terms) {
    if (!SHORT_INTEGER.test(term)) return terms.reduce((sum, t) => sum.plus(t), new Decimal(0)).toFixed();
    total += Number(term);
  }

  return String(total);
}

/** The years of the range the metric exists in, plus any year where a county printed it anyway. */
function metricYears(context: Context, metric: Metric): number[] {
  const years = computeMetricYears(metric);
  const within = (year: number) => years !== null && year >= years.from && (years.to === null || year <= years.to);

  return context.range.filter((year) => within(year) || context.regions.some((r) => valueOf(context, metric.key, r.code, year) !== null));
}

/** The exact parts a region's value is summed from: itself, or a rate's numerator and denominator. */
function termsOf(context: Context, metric: Metric, code: string, year: number): { numerator: string[]; denominator: string | null } | null {
  const formula = metric.formula;
  if (formula?.op === 'ratio') {
    const numerator = formula.numerator.map((key) => valueOf(context, key, code, year));
    const denominator = valueOf(context, formula.denominator, code, year);
    if (denominator === null || numerator.some((n) => n === null)) return null;

    return { numerator: numerator as string[], denominator };
  }
  const value = valueOf(context, metric.key, code, year);

  return value === null ? null : { numerator: [value], denominator: null };
}

/** Σ over the regions; a rate divides the sums. Null when no region counts; 'undefined' when a rate divides by 0. */
function sumOver(context: Context, metric: Metric, codes: readonly string[], year: number): string | null | 'undefined' {
  if (codes.length === 0) return null;
  const numerators: string[] = [];
  const denominators: string[] = [];
  for (const code of codes) {
    const terms = termsOf(context, metric, code, year);
    if (!terms) continue;
    numerators.push(...terms.numerator);
    if (terms.denominator !== null) denominators.push(terms.denominator);
  }
  const numerator = exactSum(numerators);
  if (metric.formula?.op !== 'ratio') return numerator;
  const denominator = new Decimal(exactSum(denominators));
  if (denominator.isZero()) return 'undefined';

  return new Decimal(numerator).div(denominator).toDecimalPlaces(RATIO_PLACES).toFixed();
}

// Ordering by Number is exact for these values: counts, and 元 or rates with at most 6 places under 10^9 (15 digits).
function median(values: readonly string[]): string | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => Number(a) - Number(b));
  const mid = Math.floor(sorted.length / 2);

  return sorted.length % 2 === 1 ? new Decimal(sorted[mid]).toFixed() : new Decimal(sorted[mid - 1]).plus(sorted[mid]).div(2).toFixed();
}

/** Competition ranks (1, 2, 2, 4), largest first, of the regions with a known value. */
function ranks(points: readonly { code: string; value: string | null }[]): Map<string, number> {
  const known = points.filter((p): p is { code: string; value: string } => p.value !== null).sort((a, b) => Number(b.value) - Number(a.value));
  const out = new Map<string, number>();
  known.forEach((p, i) => {
    const previous = known[i - 1];
    out.set(p.code, previous && Number(previous.value) === Number(p.value) ? (out.get(previous.code) as number) : i + 1);
  });

  return out;
}

function boardMetric(context: Context, metric: Metric): BoardMetricResult {
  const years = metricYears(context, metric);
  const yearSet = new Set(years);
  const counties = context.regions.map((region) => {
    const points = years.map((year): UnrankedPoint => {
      const report = context.reports.get(`${region.code}|${year}`) ?? null;
      const previousReport = context.reports.get(`${region.code}|${year - 1}`) ?? null;
      const cell = report ? cellOf(context, metric.key, region.code, year) : null;
      const value = cell?.value ?? null;
      const previous = yearSet.has(year - 1) && previousReport ? valueOf(context, metric.key, region.code, year - 1) : null;
      // The first year of the range has no step before it (as in `series`).
      const comparability = year === context.yearFrom ? null : computeStepComparability(metric, previousReport?.template ?? null, report?.template ?? null);

      return {
        year,
        reportId: report?.reportId ?? null,
        template: report?.template ?? null,
        value,
        state: report === null ? 'missing' : (cell?.state ?? 'na'),
        sampleData: report?.sampleData ?? false,
        memberCount: null,
        memberTotal: null,
        comparability,
        ...computeYearOverYear({ metric, value, previousValue: previous, comparability }),
      };
    });

    return { region, points };
  });
  const series = context.units ? context.units.map((unit) => unitSeries(context, metric, years, unit, counties)) : counties;
  const rankByYear = new Map(years.map((year) => [year, ranks(series.map((c) => ({ code: c.region.code, value: c.points.find((p) => p.year === year)?.value ?? null })))]));
  const ranked = series.map(({ region, points }) => ({
    region,
    points: points.map((point): BoardPointResult => {
      const rank = rankByYear.get(point.year)?.get(region.code) ?? null;
      const previousRank = rankByYear.get(point.year - 1)?.get(region.code) ?? null;
      const rankChange = rank !== null && previousRank !== null && point.comparability !== null && point.comparability !== 'break' ? previousRank - rank : null;

      return { ...point, rank, previousRank, rankChange };
    }),
  }));

  // Regions whose value (or every term of a rate) is known, by year.
  const knownCodes = new Map(years.map((year) => [year, context.regions.filter((r) => termsOf(context, metric, r.code, year) !== null).map((r) => r.code)]));
  const totals = years.map((year): BoardTotalResult => {
    const known = knownCodes.get(year) ?? [];
    const sum = sumOver(context, metric, known, year);
    const countyValues = counties
      .map((c) => c.points.find((p) => p.year === year)?.value ?? null)
      .filter((v): v is string => v !== null);
    const base = {
      year,
      value: sum === 'undefined' ? null : sum,
      state: sum === 'undefined' ? ('undefined' as const) : sum === null ? ('missing' as const) : ('number' as const),
      regionCount: known.length,
      regionTotal: context.regions.length,
      median: median(countyValues),
      sampleData: known.some((code) => context.reports.get(`${code}|${year}`)?.sampleData === true),
    };
    if (!yearSet.has(year - 1)) return { ...base, likeForLike: null, change: null, changePct: null, changePp: null, comparability: null };
    const before = new Set(knownCodes.get(year - 1) ?? []);
    const after = new Set(known);
    const members = known.filter((code) => before.has(code));
    const excluded = context.regions.filter((r) => before.has(r.code) !== after.has(r.code));
    const steps = counties.map((c) => (members.includes(c.region.code) ? (c.points.find((p) => p.year === year)?.comparability ?? null) : null)).filter((s): s is Comparability => s !== null);
    // The step is as comparable as its least comparable county; with no county in both years there is no step.
    const comparability = members.length === 0 ? null : (WORST.find((w) => steps.includes(w)) ?? null);
    const current = sumOver(context, metric, members, year);
    const previous = sumOver(context, metric, members, year - 1);
    const value = current === 'undefined' ? null : current;
    const previousValue = previous === 'undefined' ? null : previous;

    return {
      ...base,
      likeForLike: { fromYear: year - 1, toYear: year, regionCount: members.length, excludedRegions: excluded, value, previousValue },
      comparability,
      ...computeYearOverYear({ metric, value, previousValue, comparability }),
    };
  });

  const rankYear = years.length > 0 ? years[years.length - 1] : null;
  const ranking: BoardRankingEntryResult[] = ranked
    .map(({ region, points }) => {
      const point = points.find((p) => p.year === rankYear);

      return {
        region,
        rank: point?.rank ?? null,
        previousRank: point?.previousRank ?? null,
        rankChange: point?.rankChange ?? null,
        value: point?.value ?? null,
        state: point?.state ?? 'missing',
        comparability: point?.comparability ?? null,
        sampleData: point?.sampleData ?? false,
      };
    })
    // Stable: ties and unranked regions keep the regions' order.
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));

  return {
    metric,
    yearsFrom: years[0] ?? null,
    yearsTo: rankYear,
    totals,
    counties: ranked,
    rankYear,
    ranking,
  };
}

type UnrankedPoint = Omit<BoardPointResult, 'rank' | 'previousRank' | 'rankChange'>;

/**
 * A prefecture's series on a province's board: each year the sum over its counties with a known value (state
 * derived, with how many of its counties that is), and the change over its counties known in both years only.
 */
function unitSeries(context: Context, metric: Metric, years: readonly number[], unit: BoardUnit, counties: readonly { region: RegionRow; points: UnrankedPoint[] }[]): { region: RegionRow; points: UnrankedPoint[] } {
  const members = counties.filter((c) => unit.memberCodes.includes(c.region.code));
  const known = (year: number) => members.filter((c) => termsOf(context, metric, c.region.code, year) !== null).map((c) => c.region.code);
  const yearSet = new Set(years);

  return {
    region: unit.region,
    points: years.map((year): UnrankedPoint => {
      const memberPoints = members.map((c) => c.points.find((p) => p.year === year)).filter((p): p is UnrankedPoint => p !== undefined);
      const held = memberPoints.filter((p) => p.reportId !== null);
      const codes = known(year);
      const sum = sumOver(context, metric, codes, year);
      const both = yearSet.has(year - 1) ? codes.filter((code) => known(year - 1).includes(code)) : [];
      const steps = members.filter((c) => both.includes(c.region.code)).map((c) => c.points.find((p) => p.year === year)?.comparability ?? null).filter((s): s is Comparability => s !== null);
      const comparability = year === context.yearFrom || both.length === 0 ? null : (WORST.find((w) => steps.includes(w)) ?? null);
      const current = sumOver(context, metric, both, year);
      const previous = sumOver(context, metric, both, year - 1);
      const templates = new Set(held.map((p) => p.template));

      return {
        year,
        reportId: null,
        template: templates.size === 1 ? (held[0]?.template ?? null) : null,
        value: sum === 'undefined' ? null : sum,
        state: held.length === 0 ? 'missing' : sum === 'undefined' ? 'undefined' : sum === null ? 'na' : 'derived',
        sampleData: held.some((p) => p.sampleData),
        memberCount: codes.length,
        memberTotal: members.length,
        comparability,
        ...computeYearOverYear({ metric, value: current === 'undefined' ? null : current, previousValue: previous === 'undefined' ? null : previous, comparability }),
      };
    }),
  };
}

function boardComposition(context: Context, composition: BoardComposition): BoardCompositionResult {
  const parts = composition.parts.map(requireMetric);
  const years = context.range.filter((year) => parts.some((part) => metricYears(context, part).includes(year)));

  return {
    composition,
    parts,
    years: years.map((year) => {
      const read = (code: string, key: string) => valueOf(context, key, code, year);
      const included = context.regions.filter((r) => parts.every((part) => read(r.code, part.key) !== null)).map((r) => r.code);
      const sums = parts.map((part) => exactSum(included.map((code) => read(code, part.key) as string)));
      const total = new Decimal(exactSum(sums));
      const any = included.length > 0;

      return {
        year,
        regionCount: included.length,
        regionTotal: context.regions.length,
        total: any ? total.toFixed() : null,
        sampleData: included.some((code) => context.reports.get(`${code}|${year}`)?.sampleData === true),
        shares: parts.map((part, i) => ({
          metricKey: part.key,
          value: any ? sums[i] : null,
          // Nothing to divide when the parts sum to 0: no share, not 0 %.
          share: any && !total.isZero() ? new Decimal(sums[i]).div(total).toDecimalPlaces(SHARE_PLACES).toNumber() : null,
        })),
      };
    }),
  };
}
