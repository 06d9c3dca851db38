import { getMetric, type MetricUnit } from '@gongkai/domain';
import { type Finding, type ParsedReport, type ParsedValue } from '@gongkai/report-parser';

import { type Lang } from './lang';

/** Units whose values are whole counts: printed as JSON numbers. */
const COUNT_UNITS: ReadonlySet<MetricUnit> = new Set(['count', 'items', 'projects']);

export const VALUE_RULE_HELP = [
  'JSON 中的数值 (values in the JSON):',
  '  件数、项数、个数（count/items/projects）输出为 JSON 数字，例如 12、-5；',
  '  金额一律换算为元，输出为精确的十进制字符串，例如 "23594197"；比率也输出为十进制字符串；',
  '  空白单元格和“/”等不适用的单元格为 null（见 state：blank / na）。',
  '  Counts are JSON numbers; money is an exact decimal string in 元 (yuan); ratios are decimal',
  '  strings; blank and not-applicable cells are null (state says which). A count that is not a',
  '  safe integer stays a string, exactly as read (the consistency rules flag it).',
].join('\n');

export type JsonValue = Omit<ParsedValue, 'value'> & { value: number | string | null };

export type JsonIssue = {
  rule: Finding['rule'];
  severity: Finding['severity'];
  /** The modes in which the problem fails: ['strict', 'lenient'] or ['lenient']. One issue per problem. */
  modes: Finding['modes'];
  message: string;
  cells: string[];
  /** The table an issue is about when it names no cell (a row matching no template label). */
  table?: Finding['table'];
  expected: string;
  actual: string;
};

type Headline = 'title' | 'issuer' | 'year' | 'template' | 'publishedOn' | 'needsReview' | 'reviewReasons';

export type ReportJson = Pick<ParsedReport, Headline> & {
  values: Record<string, JsonValue>;
  issues: JsonIssue[];
} & Omit<ParsedReport, Headline | 'values'>;

/** Applies the one rule of VALUE_RULE_HELP to a parsed value. */
export function toJsonValue(key: string, value: string | null): number | string | null {
  if (value === null) return null;
  const metric = getMetric(key);
  if (metric && COUNT_UNITS.has(metric.unit) && /^-?\d+$/.test(value)) {
    const n = Number(value);
    if (Number.isSafeInteger(n)) return n;
  }

  return value;
}

export function toJsonIssue(finding: Finding, lang: Lang): JsonIssue {
  return {
    rule: finding.rule,
    severity: finding.severity,
    modes: finding.modes,
    message: lang === 'zh' ? finding.messageZh : finding.messageEn,
    cells: finding.cells,
    ...(finding.table ? { table: finding.table } : {}),
    expected: finding.expected,
    actual: finding.actual,
  };
}

/**
 * The ParsedReport as `gongkai parse` prints it: headline fields first (whether the report needs a person's
 * review, and why, among them: a reader must not miss it), then values, issues, the rest.
 */
export function toReportJson(report: ParsedReport, lang: Lang): ReportJson {
  const { title, issuer, year, template, publishedOn, needsReview, reviewReasons, values, ...rest } = report;
  const jsonValues: Record<string, JsonValue> = {};
  for (const [key, parsed] of Object.entries(values)) {
    jsonValues[key] = { ...parsed, value: toJsonValue(key, parsed.value) };
  }

  return {
    title,
    issuer,
    year,
    template,
    publishedOn,
    needsReview,
    reviewReasons,
    values: jsonValues,
    issues: report.findings.map((finding) => toJsonIssue(finding, lang)),
    ...rest,
  };
}
