import { type TemplateVersion } from './template-version';

/**
 * The printed structure of both templates (spec §3–§5): every caption, row and column label and the
 * metric key each cell maps to. The parser matches these labels after normalisation; the catalogue is
 * generated from them. This is the only label table in the project.
 */

export type T2Unit = 'count' | 'items' | 'projects' | 'money';

export type T2Column = {
  /** Suffix of the metric key: t2_{row}_{column}. */
  id: string;
  label: string;
  /** Shorter stems that identify the column after normalisation when the printed label varies. */
  stems: readonly string[];
  unit: T2Unit;
  /** GB2019 本年增/减 is the only signed column. */
  signed?: boolean;
  /** The printed unit fixed by the header, for money columns (GB2021 本年收费金额（单位：万元）). */
  headerUnit?: 'wan' | 'yuan';
  en: string;
};

export type T2Row = { id: string; label: string; stems: readonly string[]; en: string };

export type T2Block = {
  /** Article 20 item number as printed: 一, 五, 六, 八, 九. */
  item: string;
  caption: string;
  columns: readonly T2Column[];
  rows: readonly T2Row[];
};

const REG: T2Row = { id: 'reg', label: '规章', stems: ['规章'], en: 'Rules (规章)' };

export const T2_LAYOUT: Record<TemplateVersion, readonly T2Block[]> = {
  gb2019: [
    {
      item: '一',
      caption: '第二十条第（一）项',
      columns: [
        { id: 'new_made', label: '本年新制作数量', stems: ['新制作'], unit: 'count', en: 'made this year' },
        { id: 'new_published', label: '本年新公开数量', stems: ['新公开'], unit: 'count', en: 'published this year' },
        { id: 'public_total', label: '对外公开总数量', stems: ['公开总数'], unit: 'count', en: 'published in total' },
      ],
      rows: [REG, { id: 'nd', label: '规范性文件', stems: ['规范性文件'], en: 'Normative documents' }],
    },
    {
      item: '五',
      caption: '第二十条第（五）项',
      columns: [
        { id: 'items_prev', label: '上一年项目数量', stems: ['上一年项目'], unit: 'items', en: 'items last year' },
        { id: 'items_delta', label: '本年增/减', stems: ['增/减', '增减'], unit: 'items', signed: true, en: 'items added/removed' },
        { id: 'decisions', label: '处理决定数量', stems: ['处理决定'], unit: 'count', en: 'decisions' },
      ],
      rows: [
        { id: 'license', label: '行政许可', stems: ['行政许可'], en: 'Administrative permits' },
        { id: 'othersvc', label: '其他对外管理服务事项', stems: ['其他对外管理服务'], en: 'Other external management services' },
      ],
    },
    {
      item: '六',
      caption: '第二十条第（六）项',
      columns: [
        { id: 'items_prev', label: '上一年项目数量', stems: ['上一年项目'], unit: 'items', en: 'items last year' },
        { id: 'items_delta', label: '本年增/减', stems: ['增/减', '增减'], unit: 'items', signed: true, en: 'items added/removed' },
        { id: 'decisions', label: '处理决定数量', stems: ['处理决定'], unit: 'count', en: 'decisions' },
      ],
      rows: [
        { id: 'penalty', label: '行政处罚', stems: ['行政处罚'], en: 'Administrative penalties' },
        { id: 'coercion', label: '行政强制', stems: ['行政强制'], en: 'Administrative coercive measures' },
      ],
    },
    {
      item: '八',
      caption: '第二十条第（八）项',
      columns: [
        { id: 'items_prev', label: '上一年项目数量', stems: ['上一年项目'], unit: 'items', en: 'items last year' },
        { id: 'items_delta', label: '本年增/减', stems: ['增/减', '增减'], unit: 'items', signed: true, en: 'items added/removed' },
      ],
      rows: [{ id: 'fee', label: '行政事业性收费', stems: ['行政事业性收费', '事业性收费'], en: 'Administrative fees' }],
    },
    {
      item: '九',
      caption: '第二十条第（九）项',
      columns: [
        { id: 'projects', label: '采购项目数量', stems: ['采购项目'], unit: 'projects', en: 'procurement projects' },
        { id: 'amount_yuan', label: '采购总金额', stems: ['采购总金额', '总金额'], unit: 'money', en: 'procurement amount' },
      ],
      rows: [{ id: 'procure', label: '政府集中采购', stems: ['集中采购'], en: 'Centralised government procurement' }],
    },
  ],
  gb2021: [
    {
      item: '一',
      caption: '第二十条第（一）项',
      columns: [
        { id: 'issued', label: '本年制发件数', stems: ['制发'], unit: 'count', en: 'issued this year' },
        { id: 'repealed', label: '本年废止件数', stems: ['废止'], unit: 'count', en: 'repealed this year' },
        { id: 'in_force', label: '现行有效件数', stems: ['现行有效'], unit: 'count', en: 'in force' },
      ],
      rows: [REG, { id: 'nd', label: '行政规范性文件', stems: ['规范性文件'], en: 'Administrative normative documents' }],
    },
    {
      item: '五',
      caption: '第二十条第（五）项',
      columns: [{ id: 'decisions', label: '本年处理决定数量', stems: ['处理决定'], unit: 'count', en: 'decisions this year' }],
      rows: [{ id: 'license', label: '行政许可', stems: ['行政许可'], en: 'Administrative permits' }],
    },
    {
      item: '六',
      caption: '第二十条第（六）项',
      columns: [{ id: 'decisions', label: '本年处理决定数量', stems: ['处理决定'], unit: 'count', en: 'decisions this year' }],
      rows: [
        { id: 'penalty', label: '行政处罚', stems: ['行政处罚'], en: 'Administrative penalties' },
        { id: 'coercion', label: '行政强制', stems: ['行政强制'], en: 'Administrative coercive measures' },
      ],
    },
    {
      item: '八',
      caption: '第二十条第（八）项',
      columns: [
        {
          id: 'amount_yuan',
          label: '本年收费金额（单位：万元）',
          stems: ['收费金额'],
          unit: 'money',
          headerUnit: 'wan',
          en: 'fees collected this year',
        },
      ],
      rows: [{ id: 'fee', label: '行政事业性收费', stems: ['行政事业性收费', '事业性收费'], en: 'Administrative fees' }],
    },
  ],
};

/** Labels that identify a template on their own (spec §1 "Parser rule"). */
export const TEMPLATE_SIGNATURES: Record<TemplateVersion, readonly string[]> = {
  gb2019: ['本年新制作数量', '对外公开总数量', '上一年项目数量', '本年增/减', '第二十条第（九）项'],
  gb2021: ['本年制发件数', '现行有效件数', '本年处理决定数量', '本年收费金额', '逾期未按收费通知要求缴纳费用'],
};

// ---------------------------------------------------------------- Table 3

export type T3ColumnId = 'np' | 'com' | 'res' | 'pub' | 'law' | 'oth' | 'tot';
export type T3Column = { id: T3ColumnId; label: string; stems: readonly string[]; en: string };

/** The seven data columns in printed order (spec §4.1). */
export const T3_COLUMNS: readonly T3Column[] = [
  { id: 'np', label: '自然人', stems: ['自然人'], en: 'natural persons' },
  { id: 'com', label: '商业企业', stems: ['商业企业'], en: 'businesses' },
  { id: 'res', label: '科研机构', stems: ['科研机构'], en: 'research institutions' },
  { id: 'pub', label: '社会公益组织', stems: ['社会公益组织', '公益组织'], en: 'public-interest organisations' },
  { id: 'law', label: '法律服务机构', stems: ['法律服务机构'], en: 'legal-service organisations' },
  { id: 'oth', label: '其他', stems: ['其他'], en: 'other organisations' },
  { id: 'tot', label: '总计', stems: ['总计'], en: 'total' },
];

export const T3_APPLICANT_COLUMNS: readonly T3ColumnId[] = ['np', 'com', 'res', 'pub', 'law', 'oth'];
/** The columns that make up 法人或其他组织 (derived `org`). */
export const T3_ORG_COLUMNS: readonly T3ColumnId[] = ['com', 'res', 'pub', 'law', 'oth'];

export const T3_NOTE_LABEL = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

export type T3Group = 'top' | 'result' | 'denied' | 'unavail' | 'rejected' | 'other';

export type T3Row = {
  id: string;
  /** The group label the row sits under ('（三）不予公开'), for sub-items. */
  group: T3Group;
  /** Full label as printed. */
  label: string;
  /** The stem that identifies the row after normalisation (numbering and punctuation stripped). */
  stems: readonly string[];
  versions: readonly TemplateVersion[];
  en: string;
};

export const T3_GROUP_LABELS: Record<Exclude<T3Group, 'top' | 'result'>, { label: string; stem: string; en: string }> = {
  denied: { label: '（三）不予公开', stem: '不予公开', en: 'Withheld' },
  unavail: { label: '（四）无法提供', stem: '无法提供', en: 'Cannot be provided' },
  rejected: { label: '（五）不予处理', stem: '不予处理', en: 'Not processed' },
  other: { label: '（六）其他处理', stem: '其他处理', en: 'Otherwise handled' },
};

const BOTH: readonly TemplateVersion[] = ['gb2019', 'gb2021'];

/** Table 3 data rows in printed order (spec §4.2, §9.3). */
export const T3_ROWS: readonly T3Row[] = [
  { id: 'new_received', group: 'top', label: '一、本年新收政府信息公开申请数量', stems: ['本年新收'], versions: BOTH, en: 'New requests received this year' },
  { id: 'carried_in', group: 'top', label: '二、上年结转政府信息公开申请数量', stems: ['上年结转'], versions: BOTH, en: 'Requests carried over from last year' },
  { id: 'granted', group: 'result', label: '（一）予以公开', stems: ['予以公开'], versions: BOTH, en: 'Disclosed' },
  { id: 'partial', group: 'result', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', stems: ['部分公开'], versions: BOTH, en: 'Partly disclosed' },
  { id: 'denied_state_secret', group: 'denied', label: '1.属于国家秘密', stems: ['国家秘密'], versions: BOTH, en: 'State secret' },
  { id: 'denied_law_prohibited', group: 'denied', label: '2.其他法律行政法规禁止公开', stems: ['禁止公开', '其他法律行政'], versions: BOTH, en: 'Prohibited by other laws' },
  { id: 'denied_security_stability', group: 'denied', label: '3.危及“三安全一稳定”', stems: ['三安全一稳定', '危及'], versions: BOTH, en: 'Endangers security or stability' },
  { id: 'denied_third_party', group: 'denied', label: '4.保护第三方合法权益', stems: ['第三方合法权益', '保护第三方'], versions: BOTH, en: "Protects a third party's rights" },
  { id: 'denied_internal_affairs', group: 'denied', label: '5.属于三类内部事务信息', stems: ['内部事务'], versions: BOTH, en: 'Internal affairs' },
  { id: 'denied_process_info', group: 'denied', label: '6.属于四类过程性信息', stems: ['过程性信息'], versions: BOTH, en: 'Process information' },
  { id: 'denied_enforcement_file', group: 'denied', label: '7.属于行政执法案卷', stems: ['行政执法案卷', '执法案卷'], versions: BOTH, en: 'Enforcement files' },
  { id: 'denied_admin_query', group: 'denied', label: '8.属于行政查询事项', stems: ['行政查询事项', '查询事项'], versions: BOTH, en: 'Administrative query matters' },
  { id: 'unavail_not_held', group: 'unavail', label: '1.本机关不掌握相关政府信息', stems: ['不掌握'], versions: BOTH, en: 'Not held by this body' },
  { id: 'unavail_needs_creation', group: 'unavail', label: '2.没有现成信息需要另行制作', stems: ['另行制作', '没有现成'], versions: BOTH, en: 'Would have to be created' },
  { id: 'unavail_unclear', group: 'unavail', label: '3.补正后申请内容仍不明确', stems: ['仍不明确', '补正后'], versions: BOTH, en: 'Still unclear after correction' },
  { id: 'rejected_petition', group: 'rejected', label: '1.信访举报投诉类申请', stems: ['信访举报', '投诉类'], versions: BOTH, en: 'Petitions and complaints' },
  { id: 'rejected_duplicate', group: 'rejected', label: '2.重复申请', stems: ['重复申请'], versions: BOTH, en: 'Repeated requests' },
  { id: 'rejected_publication', group: 'rejected', label: '3.要求提供公开出版物', stems: ['公开出版物'], versions: BOTH, en: 'Published material requested' },
  { id: 'rejected_excessive', group: 'rejected', label: '4.无正当理由大量反复申请', stems: ['大量反复', '反复申请'], versions: BOTH, en: 'Excessive repeated requests' },
  { id: 'rejected_confirm_reissue', group: 'rejected', label: '5.要求行政机关确认或重新出具已获取信息', stems: ['重新出具', '确认或重新'], versions: BOTH, en: 'Confirmation or re-issue requested' },
  { id: 'other_total', group: 'other', label: '（六）其他处理', stems: ['其他处理'], versions: ['gb2019'], en: 'Otherwise handled' },
  { id: 'other_no_correction', group: 'other', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', stems: ['逾期不补正', '不补正'], versions: ['gb2021'], en: 'No correction in time' },
  { id: 'other_no_fee', group: 'other', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', stems: ['缴纳费用', '收费通知'], versions: ['gb2021'], en: 'Fee not paid in time' },
  { id: 'other_misc', group: 'other', label: '3.其他', stems: ['其他'], versions: ['gb2021'], en: 'Other' },
  { id: 'result_total', group: 'result', label: '（七）总计', stems: ['总计'], versions: BOTH, en: 'Total handled' },
  { id: 'carried_out', group: 'top', label: '四、结转下年度继续办理', stems: ['结转下年度', '继续办理'], versions: BOTH, en: 'Carried over to next year' },
];

/** Label-only rows of Table 3 (no numbers of their own). */
export const T3_LABEL_ONLY = { results: '三、本年度办理结果', applicants: '申请人情况', org: '法人或其他组织' } as const;

// ---------------------------------------------------------------- Table 4

export type T4GroupId = 'review' | 'suit_direct' | 'suit_after_review';
export type T4OutcomeId = 'upheld' | 'corrected' | 'other' | 'pending' | 'total';

export const T4_GROUPS: readonly { id: T4GroupId; label: string; en: string }[] = [
  { id: 'review', label: '行政复议', en: 'Administrative reconsideration' },
  { id: 'suit_direct', label: '未经复议直接起诉', en: 'Lawsuits without prior reconsideration' },
  { id: 'suit_after_review', label: '复议后起诉', en: 'Lawsuits after reconsideration' },
];

export const T4_OUTCOMES: readonly { id: T4OutcomeId; label: string; en: string }[] = [
  { id: 'upheld', label: '结果维持', en: 'upheld' },
  { id: 'corrected', label: '结果纠正', en: 'corrected' },
  { id: 'other', label: '其他结果', en: 'other outcome' },
  { id: 'pending', label: '尚未审结', en: 'pending' },
  { id: 'total', label: '总计', en: 'total' },
];

/** Section headings 一…六 (spec §2), with the keyword that identifies each variant (D17). */
export const SECTION_HEADINGS: readonly { numeral: string; label: string; keywords: readonly string[] }[] = [
  { numeral: '一', label: '一、总体情况', keywords: ['总体'] },
  { numeral: '二', label: '二、主动公开政府信息情况', keywords: ['主动公开'] },
  { numeral: '三', label: '三、收到和处理政府信息公开申请情况', keywords: ['申请'] },
  { numeral: '四', label: '四、政府信息公开行政复议、行政诉讼情况', keywords: ['复议', '诉讼'] },
  { numeral: '五', label: '五、存在的主要问题及改进情况', keywords: ['问题'] },
  { numeral: '六', label: '六、其他需要报告的事项', keywords: ['其他'] },
];
