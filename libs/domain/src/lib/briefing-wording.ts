import { type Comparability } from './template-version';

/**
 * Words that the dashboard, the api's briefing pack and exports share: the status words of a coverage list,
 * comparability, the source and sample notes, and the headline metrics of an overview. One table each, here.
 */

export type Wording = { zh: string; en: string };

export type PublicationStatusWord =
  'on_time' | 'late' | 'date_unknown' | 'not_collected' | 'confirmed_missing' | 'not_required';
export type ReportQualityWord = 'passing' | 'failing' | 'needs_review' | 'none';

export const PUBLICATION_STATUS_LABELS: Record<PublicationStatusWord, Wording> = {
  on_time: { zh: '按时发布', en: 'published on time' },
  late: { zh: '逾期发布', en: 'published late' },
  date_unknown: { zh: '未注明发布日期', en: 'no publication date stated' },
  not_collected: { zh: '未收集', en: 'not collected' },
  confirmed_missing: { zh: '经核查未发布', en: 'checked: not published' },
  not_required: { zh: '当年无需发布', en: 'not required that year' },
};

export const REPORT_QUALITY_LABELS: Record<ReportQualityWord, Wording> = {
  passing: { zh: '检查通过', en: 'checks pass' },
  failing: { zh: '检查未通过', en: 'checks fail' },
  needs_review: { zh: '需人工复核', en: 'needs manual review' },
  none: { zh: '无报告', en: 'no report' },
};

export type CoverageStatusWord = 'filed' | 'late' | 'missing' | 'failing';

/** A region-year's overall state in a coverage list (the worst applies: missing > failing > late > filed). */
export const COVERAGE_STATUS_LABELS: Record<CoverageStatusWord, Wording> = {
  filed: { zh: '按时发布', en: 'on time' },
  late: { zh: '逾期发布', en: 'late' },
  missing: { zh: '未发布', en: 'missing' },
  failing: { zh: '校验未通过', en: 'failing checks' },
};

export const COMPARABILITY_LABELS: Record<Comparability, Wording> = {
  same: { zh: '可比', en: 'comparable' },
  approximate: { zh: '近似可比', en: 'approximately comparable' },
  break: { zh: '不可比（模板变更）', en: 'not comparable (template change)' },
};

export const SOURCE_NOTE: Wording = {
  zh: '数据来源：各单位政府信息公开工作年度报告',
  en: 'Source: annual government information disclosure reports of each body',
};

/** Every export that holds generated reports carries this (the Chinese always names 示例数据). */
export const SAMPLE_DATA_NOTE: Wording = {
  zh: '示例数据：本导出包含系统生成的样例报告，不代表真实情况。',
  en: 'Sample data (示例数据): this export includes generated sample reports; they do not describe real bodies.',
};

/** The overview's headline figures and how the counties' values combine; the briefing pack shows the same ones. */
export const HEADLINE_METRICS = [
  { alias: 'requests', key: 't3_new_received_tot', fn: 'sum' },
  { alias: 'disclosed', key: 'rate_disclosed', fn: 'median' },
  { alias: 'license', key: 't2_license_decisions', fn: 'sum' },
  { alias: 'penalty', key: 't2_penalty_decisions', fn: 'sum' },
  { alias: 'procurement', key: 't2_procure_amount_yuan', fn: 'sum' },
  { alias: 'reviewCorrected', key: 'rate_review_corrected', fn: 'median' },
] as const;

export type HeadlineMetric = (typeof HEADLINE_METRICS)[number];

/** Section titles and phrases of a briefing pack (Chinese first; the pack is a 汇报材料). */
export const BRIEFING_WORDS = {
  title: {
    zh: '{name} {year} 年度政府信息公开工作简报',
    en: '{name} {year}: government information disclosure briefing',
  },
  subtitle: {
    zh: '各区县政府信息公开工作年度报告汇总',
    en: 'Summary of the counties’ annual disclosure reports',
  },
  headline: { zh: '主要指标（同口径）', en: 'Headline figures (like-for-like)' },
  likeForLikeSum: { zh: '同口径：{n} 个区县合计', en: 'like-for-like: sum of {n} counties' },
  likeForLikeMedian: { zh: '同口径：{n} 个区县中位数', en: 'like-for-like: median of {n} counties' },
  noLikeForLike: { zh: '无两年均有数据的区县', en: 'no county with data in both years' },
  excluded: { zh: '未含：{names}', en: 'left out: {names}' },
  previous: { zh: '上年', en: 'previous year' },
  change: { zh: '较上年', en: 'change' },
  ranking: { zh: '区县排名：{metric}', en: 'County ranking: {metric}' },
  rank: { zh: '排名', en: 'Rank' },
  county: { zh: '区县', en: 'County' },
  value: { zh: '数值', en: 'Value' },
  rankChange: { zh: '名次变化', en: 'Rank change' },
  coverage: { zh: '报告覆盖 · {year}', en: 'Coverage · {year}' },
  chaseList: { zh: '催报清单', en: 'Chase list' },
  status: { zh: '状态', en: 'Status' },
  detail: { zh: '说明', en: 'Detail' },
  contact: { zh: '联系方式（最近一份报告所载）', en: 'Contact (from the latest report)' },
  contactNotStated: { zh: '未载明', en: 'not stated' },
  chaseNone: { zh: '全部按时发布且检查通过', en: 'All published on time and passing' },
  trend: { zh: '趋势：{metric}', en: 'Trend: {metric}' },
  findings: { zh: '未通过的校验 · {year}', en: 'Failed checks · {year}' },
  findingsNone: { zh: '无未通过的校验', en: 'No failed checks' },
  findingsMore: { zh: '另有 {n} 条，见数据质量页', en: '{n} more on the data quality page' },
  year: { zh: '年度', en: 'Year' },
  rule: { zh: '校验规则', en: 'Rule' },
  severity: { zh: '级别', en: 'Severity' },
  notComparable: { zh: '与上年不可比（模板变更）', en: 'not comparable with last year (template change)' },
  noValue: { zh: '无数据', en: 'no data' },
  unit: { zh: '单位：{unit}', en: 'Unit: {unit}' },
  page: { zh: '第 {n} 页 / 共 {total} 页', en: 'Page {n} of {total}' },
  stateMissing: { zh: '无报告', en: 'no report' },
  stateBlank: { zh: '空白', en: 'blank' },
  stateNa: { zh: '不适用', en: 'not applicable' },
  stateUndefined: { zh: '无法计算（分母为 0）', en: 'cannot be computed (denominator 0)' },
  moreRows: { zh: '另有 {n} 行未列出', en: '{n} more rows not listed' },
  sampleData: { zh: '示例数据', en: 'sample data' },
  percentPoints: { zh: '个百分点', en: 'pp' },
} as const satisfies Record<string, Wording>;

/** Fills `{name}` placeholders of a wording. */
export function fillWording(text: string, vars: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
