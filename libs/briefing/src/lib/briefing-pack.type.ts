import { type Comparability } from '@gongkai/domain';

/** One chart as a slide draws it: the same numbers go into the native PowerPoint chart and the PDF's vector chart. */
export type BriefingChart = {
  title: string;
  subtitle?: string | null;
  kind: 'line' | 'bar';
  /** Category labels (years for a trend, counties for a ranking). */
  labels: string[];
  /** One series per line or bar colour; null is a gap (no report, blank cell), never drawn as 0. */
  series: { name: string; values: (number | null)[] }[];
  /** Unit label shown on the value axis (件, 元, %). */
  unit: string;
  sourceNote: string;
  dataDate: string;
  /** Set (always naming 示例数据) when the chart holds sample data. */
  sampleNote?: string | null;
  /** Value axis bounds; trend charts of one pack share a rule (0 to a rounded maximum) so slides compare by eye. */
  axis?: { min: number; max: number } | null;
};

export type BriefingHeadline = {
  metricKey: string;
  label: string;
  unit: string;
  /** Display value in the metric's unit (ratios as percent), already rounded for its unit; null: no figure. */
  value: string | null;
  previous: string | null;
  /** "+12.5%", "-3 件", "+1.2 个百分点", or null where not comparable or no previous year. */
  change: string | null;
  comparability: Comparability | null;
  /** How the figure was formed, in words: 同口径：6 个区县合计. */
  basis: string;
  /** Counties left out of the like-for-like comparison (known in only one of the two years). */
  excluded: string[];
};

export type BriefingRankingRow = {
  rank: number | null;
  region: string;
  value: string | null;
  previous: string | null;
  change: string | null;
  /** "↑2", "↓1", "—", or null without a previous rank. */
  rankChange: string | null;
  /** The cell's state in words when there is no value (无报告, 空白). */
  stateNote: string | null;
  sample: boolean;
};

export type BriefingChaseRow = {
  region: string;
  status: string;
  detail: string;
  contact: string;
};

export type BriefingFinding = { region: string; year: number; rule: string; severity: string };

export type BriefingPack = {
  title: string;
  subtitle: string;
  prefecture: { code: string; name: string };
  year: number;
  dataDate: string;
  sourceNote: string;
  /** Set (naming 示例数据) when any figure of the pack comes from generated sample reports. */
  sampleNote: string | null;
  headline: { title: string; figures: BriefingHeadline[] };
  ranking: {
    title: string;
    metricLabel: string;
    unit: string;
    rows: BriefingRankingRow[];
    chart: BriefingChart;
  };
  coverage: {
    title: string;
    counts: { label: string; count: number }[];
    chaseTitle: string;
    chase: BriefingChaseRow[];
  };
  trends: BriefingChart[];
  findings: { title: string; total: number; rows: BriefingFinding[] };
};
