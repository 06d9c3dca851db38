import {
  BRIEFING_WORDS,
  COVERAGE_STATUS_LABELS,
  type CoverageStatusWord,
  fillWording,
  findRule,
  getMetric,
  type Metric,
  PUBLICATION_STATUS_LABELS,
  type PublicationStatusWord,
  REPORT_QUALITY_LABELS,
  type ReportQualityWord,
  roundToUnit,
  SAMPLE_DATA_NOTE,
  SEVERITY_LABELS,
  SOURCE_NOTE,
  stepComparability,
  type Comparability,
  type TemplateVersion,
  UNIT_LABELS,
} from '@gongkai/domain';

import {
  type BriefingChart,
  type BriefingHeadline,
  type BriefingPack,
  type BriefingRankingRow,
} from './briefing-pack.type';

/** The shapes the api's analytics answer with, as far as a pack reads them. */
export type AggregateRowInput = {
  year: number | null;
  template: string | null;
  value: number | null;
  count: number;
  regionCount: number;
  likeForLike: { regionCount: number; excludedRegions: { name: string }[] } | null;
};
export type RankingEntryInput = {
  rank: number | null;
  previousRank: number | null;
  region: { name: string };
  value: string | null;
  previousValue: string | null;
  state: string;
  change: string | null;
  changePp: number | null;
  changePct: number | null;
  comparability: Comparability | null;
  sample: boolean;
};
export type CoverageRowInput = {
  region: { code: string; name: string };
  year: number;
  status: CoverageStatusWord;
  publication: PublicationStatusWord;
  quality: ReportQualityWord;
  daysLate: number | null;
  deadline: string;
  failedRules: string[];
  contact: { issuer: string | null; address: string | null; phones: string[]; year: number } | null;
};
export type SeriesInput = { region: { name: string }; points: { year: number; value: string | null }[] };

export type AssembleBriefingInput = {
  prefecture: { code: string; name: string };
  year: number;
  /** "数据日期：2026-12-07" as every export words it. */
  dataDate: string;
  sample: boolean;
  headline: {
    metricKey: string;
    fn: 'sum' | 'median';
    rows: AggregateRowInput[];
    templateRows: AggregateRowInput[];
  }[];
  ranking: { metricKey: string; entries: RankingEntryInput[] };
  coverage: CoverageRowInput[];
  trends: { metricKey: string; yearFrom: number; yearTo: number; series: SeriesInput[] }[];
};

const w = BRIEFING_WORDS;

function requireKnownMetric(key: string): Metric {
  const metric = getMetric(key);
  if (!metric) throw new Error(`unknown metric ${key}`);

  return metric;
}

/** Display unit: ratios are shown as percent. */
export function unitLabel(metric: Metric): string {
  return UNIT_LABELS[metric.unit].zh;
}

/**
 * Percent, percentage points and a rate shown as percent keep one place, as the dashboard's cards show them.
 * Twelve significant digits first: 0.4987 − 0.4512 is 0.04749999… in binary, and should round as 4.75.
 */
const percent = (n: number): string | null => roundToUnit(Number(n.toPrecision(12)), 'count');

/** A number for display in its metric's precision (ratios as percent with one place), with thousands separators. */
export function formatMetricValue(value: number | string | null, metric: Metric): string | null {
  if (value === null) return null;
  const rounded = metric.unit === 'ratio' ? percent(Number(value) * 100) : roundToUnit(value, metric.unit);
  if (rounded === null) return null;
  const [whole, frac] = rounded.split('.');

  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
}

/** A number a chart plots: ratios in percent, as the axis says. */
function chartValue(value: number | string | null, metric: Metric): number | null {
  if (value === null) return null;
  const n = Number(value);

  return Number.isFinite(n) ? (metric.unit === 'ratio' ? n * 100 : n) : null;
}

function signed(text: string): string {
  return text.startsWith('-') ? text : `+${text}`;
}

function templateOf(rows: readonly AggregateRowInput[], year: number): TemplateVersion | 'mixed' | null {
  const templates = new Set(
    rows
      .filter((r) => r.year === year && r.count > 0 && (r.template === 'gb2019' || r.template === 'gb2021'))
      .map((r) => r.template as TemplateVersion),
  );
  if (templates.size === 0) return null;

  return templates.size === 1 ? [...templates][0] : 'mixed';
}

/**
 * A headline figure from the api's aggregate with LIKE_FOR_LIKE over (year-1, year): both years' values are
 * over the same counties, so the change is a change and not a change of who reported. Across the template
 * change the comparability decides whether a change is shown at all.
 */
export function headlineFigure(
  input: AssembleBriefingInput['headline'][number],
  year: number,
): BriefingHeadline {
  const metric = requireKnownMetric(input.metricKey);
  const current = input.rows.find((r) => r.year === year);
  const before = input.rows.find((r) => r.year === year - 1);
  const from = templateOf(input.templateRows, year - 1);
  const to = templateOf(input.templateRows, year);
  let comparability: Comparability | null = null;
  if (from && to)
    comparability =
      from === 'mixed' || to === 'mixed'
        ? from === to
          ? 'approximate'
          : 'break'
        : stepComparability(metric, from, to);
  const value = current?.value ?? null;
  const previous = before?.value ?? null;
  let change: string | null = null;
  if (comparability !== null && comparability !== 'break' && value !== null && previous !== null) {
    if (metric.unit === 'ratio')
      change = `${signed(percent((value - previous) * 100) ?? '0')} ${w.percentPoints.zh}`;
    else {
      const diff = signed(formatMetricValue(value - previous, metric) ?? '0');
      change =
        previous === 0
          ? `${diff} ${unitLabel(metric)}`
          : `${diff} ${unitLabel(metric)}（${signed(percent(((value - previous) / Math.abs(previous)) * 100) ?? '0')}%）`;
    }
  }
  const step = current?.likeForLike ?? null;
  const n = step?.regionCount ?? current?.regionCount ?? 0;
  const basis =
    step && step.regionCount === 0
      ? w.noLikeForLike.zh
      : fillWording(input.fn === 'sum' ? w.likeForLikeSum.zh : w.likeForLikeMedian.zh, { n });

  return {
    metricKey: metric.key,
    label: metric.labelZh,
    unit: unitLabel(metric),
    value: formatMetricValue(value, metric),
    previous: formatMetricValue(previous, metric),
    change,
    comparability,
    basis,
    excluded: (step?.excludedRegions ?? []).map((r) => r.name),
  };
}

/**
 * Whether a headline metric says something for the year (the overview's rule): a value, or a like-for-like step
 * with no county in both years (said, not hidden). A metric no report of the year carries (procurement after
 * 2020) has no figure at all.
 */
export function isReported(input: AssembleBriefingInput['headline'][number], year: number): boolean {
  const current = input.rows.find((r) => r.year === year);
  if (!current) return false;
  const step = current.likeForLike;

  return (
    current.value !== null || (step !== null && step.regionCount === 0 && step.excludedRegions.length > 0)
  );
}

const STATE_WORDS: Record<string, string> = {
  missing: w.stateMissing.zh,
  blank: w.stateBlank.zh,
  na: w.stateNa.zh,
  undefined: w.stateUndefined.zh,
};

function rankingRow(entry: RankingEntryInput, metric: Metric): BriefingRankingRow {
  let change: string | null = null;
  if (entry.comparability === 'break') change = w.notComparable.zh;
  else if (metric.unit === 'ratio' && entry.changePp !== null)
    change = `${signed(percent(entry.changePp) ?? '0')} ${w.percentPoints.zh}`;
  else if (entry.change !== null) change = signed(formatMetricValue(entry.change, metric) ?? '0');
  const moved = entry.rank !== null && entry.previousRank !== null ? entry.previousRank - entry.rank : null;

  return {
    rank: entry.rank,
    region: entry.region.name,
    value: formatMetricValue(entry.value, metric),
    previous: formatMetricValue(entry.previousValue, metric),
    change,
    rankChange: moved === null ? null : moved > 0 ? `↑${moved}` : moved < 0 ? `↓${-moved}` : '—',
    stateNote: entry.value === null ? (STATE_WORDS[entry.state] ?? null) : null,
    sample: entry.sample,
  };
}

function chart(
  title: string,
  metric: Metric,
  labels: string[],
  series: BriefingChart['series'],
  kind: BriefingChart['kind'],
  input: AssembleBriefingInput,
  subtitle: string,
): BriefingChart {
  return {
    title,
    subtitle,
    kind,
    labels,
    series,
    unit: unitLabel(metric),
    sourceNote: SOURCE_NOTE.zh,
    dataDate: input.dataDate,
    sampleNote: input.sample ? SAMPLE_DATA_NOTE.zh : null,
  };
}

/** Who to chase: every county not published on time, or whose report fails or needs review. */
function chaseRows(coverage: readonly CoverageRowInput[]): BriefingPack['coverage']['chase'] {
  return coverage
    .filter((c) => c.status !== 'filed' || c.quality === 'needs_review')
    .filter((c) => c.publication !== 'not_required')
    .map((c) => {
      const publication =
        c.publication === 'late' && c.daysLate !== null
          ? `${PUBLICATION_STATUS_LABELS.late.zh}（${c.daysLate} 天）`
          : PUBLICATION_STATUS_LABELS[c.publication].zh;
      const rules = c.failedRules.map((id) => findRule(id)?.zh ?? id);
      const detail = [
        publication,
        c.quality !== 'passing' && c.quality !== 'none' ? REPORT_QUALITY_LABELS[c.quality].zh : null,
        rules.length > 0 ? rules.join('；') : null,
      ]
        .filter((part): part is string => Boolean(part))
        .join('；');
      const contact = c.contact
        ? [c.contact.issuer, c.contact.address, c.contact.phones.join('、')].filter((part) => part).join(' ')
        : '';

      return {
        region: c.region.name,
        status: COVERAGE_STATUS_LABELS[c.status].zh,
        detail,
        contact: contact || w.contactNotStated.zh,
      };
    });
}

/** The pack's content from the api's analytics answers: pure, so the api and a test build the same pack. */
export function assembleBriefingPack(input: AssembleBriefingInput): BriefingPack {
  const rankingMetric = requireKnownMetric(input.ranking.metricKey);
  const ranked = input.ranking.entries.filter((e) => e.value !== null);
  const coverage = input.coverage.filter((c) => c.year === input.year);
  const statuses: CoverageStatusWord[] = ['filed', 'late', 'failing', 'missing'];
  const findings = coverage.flatMap((c) =>
    c.failedRules.map((id) => {
      const rule = findRule(id);

      return {
        region: c.region.name,
        year: c.year,
        rule: rule ? `${rule.zh}（${id}）` : id,
        severity: rule ? SEVERITY_LABELS[rule.severity].zh : '',
      };
    }),
  );

  return {
    title: fillWording(w.title.zh, { name: input.prefecture.name, year: input.year }),
    subtitle: w.subtitle.zh,
    prefecture: input.prefecture,
    year: input.year,
    dataDate: input.dataDate,
    sourceNote: SOURCE_NOTE.zh,
    sampleNote: input.sample ? SAMPLE_DATA_NOTE.zh : null,
    headline: {
      title: `${w.headline.zh} · ${input.year - 1}→${input.year}`,
      figures: input.headline
        .filter((h) => isReported(h, input.year))
        .map((h) => headlineFigure(h, input.year)),
    },
    ranking: {
      title: fillWording(w.ranking.zh, { metric: rankingMetric.labelZh }),
      metricLabel: rankingMetric.labelZh,
      unit: unitLabel(rankingMetric),
      rows: input.ranking.entries.map((e) => rankingRow(e, rankingMetric)),
      chart: chart(
        fillWording(w.ranking.zh, { metric: rankingMetric.labelZh }),
        rankingMetric,
        ranked.map((e) => e.region.name),
        [
          {
            name: `${rankingMetric.labelZh} ${input.year}`,
            values: ranked.map((e) => chartValue(e.value, rankingMetric)),
          },
        ],
        'bar',
        input,
        `${input.prefecture.name} · ${input.year}`,
      ),
    },
    coverage: {
      title: fillWording(w.coverage.zh, { year: input.year }),
      counts: statuses.map((s) => ({
        label: COVERAGE_STATUS_LABELS[s].zh,
        count: coverage.filter((c) => c.status === s).length,
      })),
      chaseTitle: w.chaseList.zh,
      chase: chaseRows(coverage),
    },
    trends: input.trends.map((t) => {
      const metric = requireKnownMetric(t.metricKey);
      const years = Array.from({ length: t.yearTo - t.yearFrom + 1 }, (_, i) => t.yearFrom + i);

      return chart(
        fillWording(w.trend.zh, { metric: metric.labelZh }),
        metric,
        years.map(String),
        t.series.map((s) => ({
          name: s.region.name,
          values: years.map((y) => chartValue(s.points.find((p) => p.year === y)?.value ?? null, metric)),
        })),
        'line',
        input,
        `${input.prefecture.name} · ${t.yearFrom}–${t.yearTo} · ${fillWording(w.unit.zh, { unit: unitLabel(metric) })}`,
      );
    }),
    findings: {
      title: fillWording(w.findings.zh, { year: input.year }),
      total: findings.length,
      rows: findings,
    },
  };
}
