import { type TemplateVersion } from './template-version';

/** Consistency rules of spec §6. Ids are stable: they are stored with every finding. */
export type RuleId =
  | 'T3_BALANCE'
  | 'T3_ROW_TOTAL'
  | 'T3_RESULT_SUM'
  | 'T3_INT_NONNEG'
  | 'T4_GROUP_TOTAL'
  | 'T4_INT_NONNEG'
  | 'T2_INT_NONNEG'
  | 'T2_2019_PUB_LE_TOTAL'
  | 'T2_2021_STOCK_LOWER'
  | 'T2_REG_LEVEL'
  | 'T2_2019_PROC_UNIT'
  | 'XY_T3_CARRY'
  | 'XY_T2_2021_STOCK'
  | 'XY_T2_2019_ITEMS'
  | 'TXT_T3_NARRATIVE'
  | 'META_SIX_SECTIONS'
  | 'META_PERIOD'
  | 'TEMPLATE_CELLS_MISSING'
  | 'UNMATCHED_ROW'
  | 'ROW_CELLS_AMBIGUOUS';

export type RuleSeverity = 'ERROR' | 'WARN' | 'INFO';
/** A severity in the words of a supervisor's list (the api keeps the codes). */
export const SEVERITY_LABELS: Record<RuleSeverity, { zh: string; en: string }> = {
  ERROR: { zh: '错误', en: 'error' },
  WARN: { zh: '警告', en: 'warning' },
  INFO: { zh: '提示', en: 'note' },
};
/** strict: a blank operand makes the rule unknown (skipped); lenient: a blank applicant cell counts as 0. */
export type RuleMode = 'strict' | 'lenient';
/** Both modes in their order: a finding's `modes` list them in this order. */
export const RULE_MODES: readonly RuleMode[] = ['strict', 'lenient'];
/** How a mode is named to users (严格口径: blanks stay unknown; 宽松口径: blank applicant cells read as 0). */
export const RULE_MODE_LABELS: Record<RuleMode, { zh: string; en: string }> = {
  strict: { zh: '严格口径', en: 'strict reading' },
  lenient: { zh: '宽松口径', en: 'lenient reading' },
};
/** Whether a rule needs one report or two consecutive years of the same issuer. */
export type RuleScope = 'report' | 'cross_year';

export type RuleDefinition = {
  id: RuleId;
  severity: RuleSeverity;
  scope: RuleScope;
  versions: readonly TemplateVersion[];
  zh: string;
  en: string;
};

const BOTH: readonly TemplateVersion[] = ['gb2019', 'gb2021'];

export const RULES: readonly RuleDefinition[] = [
  {
    id: 'T3_BALANCE',
    severity: 'ERROR',
    scope: 'report',
    versions: BOTH,
    zh: '表三每一列：本年新收申请 + 上年结转 = 办理结果总计 + 结转下年度继续办理',
    en: 'Table 3, every column: new requests + carried in = total handled + carried out',
  },
  {
    id: 'T3_ROW_TOTAL',
    severity: 'ERROR',
    scope: 'report',
    versions: BOTH,
    zh: '表三每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他',
    en: 'Table 3, every row: total = sum of the six applicant columns',
  },
  {
    id: 'T3_RESULT_SUM',
    severity: 'ERROR',
    scope: 'report',
    versions: BOTH,
    zh: '表三每一列：（七）总计 = （一）至（六）各项之和',
    en: 'Table 3, every column: (7) total = sum of outcomes (1)–(6)',
  },
  {
    id: 'T3_INT_NONNEG',
    severity: 'ERROR',
    scope: 'report',
    versions: BOTH,
    zh: '表三的数值都应为非负整数',
    en: 'Table 3 values are non-negative integers',
  },
  {
    id: 'T4_GROUP_TOTAL',
    severity: 'ERROR',
    scope: 'report',
    versions: BOTH,
    zh: '表四每组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
    en: 'Table 4, every group: total = upheld + corrected + other + pending',
  },
  {
    id: 'T4_INT_NONNEG',
    severity: 'ERROR',
    scope: 'report',
    versions: BOTH,
    zh: '表四的15个数值都应为非负整数',
    en: 'The 15 Table 4 values are non-negative integers',
  },
  {
    id: 'T2_INT_NONNEG',
    severity: 'ERROR',
    scope: 'report',
    versions: BOTH,
    zh: '表二的件数应为非负整数（“本年增/减”可为负）；金额应为非负数',
    en: 'Table 2 counts are non-negative integers (the 2019 delta may be negative); amounts are non-negative',
  },
  {
    id: 'T2_2019_PUB_LE_TOTAL',
    severity: 'WARN',
    scope: 'report',
    versions: ['gb2019'],
    zh: '规章和规范性文件：本年新公开数量不应大于对外公开总数量',
    en: 'Rules and normative documents: published this year should not exceed published in total',
  },
  {
    id: 'T2_2021_STOCK_LOWER',
    severity: 'WARN',
    scope: 'report',
    versions: ['gb2021'],
    zh: '规章和行政规范性文件：现行有效件数不应小于本年制发件数 − 本年废止件数',
    en: 'Rules and normative documents: in force should be at least issued − repealed',
  },
  {
    id: 'T2_REG_LEVEL',
    severity: 'WARN',
    scope: 'report',
    versions: BOTH,
    zh: '县级及以下政府和部门无权制定规章，规章各项应为0、空白或“/”',
    en: 'Bodies below a districted city cannot make rules: every rules value should be 0, blank or "/"',
  },
  {
    id: 'T2_2019_PROC_UNIT',
    severity: 'WARN',
    scope: 'report',
    versions: ['gb2019'],
    zh: '政府集中采购总金额未注明单位（元或万元），无法换算',
    en: 'The procurement amount has no unit (元 or 万元) and cannot be converted',
  },
  {
    id: 'XY_T3_CARRY',
    severity: 'WARN',
    scope: 'cross_year',
    versions: BOTH,
    zh: '表三每一列：本年“上年结转”应等于上一年报告的“结转下年度继续办理”',
    en: "Table 3, every column: this year's carried in equals last year's carried out",
  },
  {
    id: 'XY_T2_2021_STOCK',
    severity: 'WARN',
    scope: 'cross_year',
    versions: ['gb2021'],
    zh: '现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数',
    en: "In force = last year's in force + issued − repealed",
  },
  {
    id: 'XY_T2_2019_ITEMS',
    severity: 'WARN',
    scope: 'cross_year',
    versions: ['gb2019'],
    zh: '2020年“上一年项目数量”应等于2019年“上一年项目数量 + 本年增/减”',
    en: "2020 items last year = 2019 items last year + 2019 delta",
  },
  {
    id: 'TXT_T3_NARRATIVE',
    severity: 'INFO',
    scope: 'report',
    versions: BOTH,
    zh: '正文中复述的申请数量与表三不一致',
    en: 'The request count restated in the text differs from Table 3',
  },
  {
    id: 'META_SIX_SECTIONS',
    severity: 'WARN',
    scope: 'report',
    versions: BOTH,
    zh: '报告应依次包含一至六部分标题',
    en: 'The report should have the six section headings in order',
  },
  {
    id: 'META_PERIOD',
    severity: 'INFO',
    scope: 'report',
    versions: BOTH,
    zh: '统计期限应为报告年度1月1日至12月31日',
    en: 'The statistics period should be 1 January – 31 December of the report year',
  },
  // Reading rules: not part of the template's arithmetic (spec §6) but what keeps a misread from passing
  // as a clean report. A rule that cannot be checked because its cells were not found is itself an error.
  {
    id: 'TEMPLATE_CELLS_MISSING',
    severity: 'ERROR',
    scope: 'report',
    versions: BOTH,
    zh: '模板中的单元格未找到，相关检查无法进行',
    en: 'Template cells were not found, so the checks that need them could not run',
  },
  {
    id: 'UNMATCHED_ROW',
    severity: 'WARN',
    scope: 'report',
    versions: BOTH,
    zh: '表格中有一行带数值，但其标签不是模板中的任何一行',
    en: 'A table row carries values but its label matches no template row',
  },
  {
    id: 'ROW_CELLS_AMBIGUOUS',
    severity: 'ERROR',
    scope: 'report',
    versions: BOTH,
    zh: '表格一行的数值无法可靠地对应到各列，未予读取',
    en: 'The values of a table row cannot be told apart into its columns reliably; not read',
  },
];

export const RULES_BY_ID: ReadonlyMap<RuleId, RuleDefinition> = new Map(RULES.map((r) => [r.id, r]));

/** A rule by an id read from storage or the api (a string): undefined for an id this version does not know. */
export function findRule(id: string): RuleDefinition | undefined {
  return RULES_BY_ID.get(id as RuleId);
}

export function getRule(id: RuleId): RuleDefinition {
  const rule = RULES_BY_ID.get(id);
  if (!rule) throw new Error(`unknown rule id ${id}`);

  return rule;
}
