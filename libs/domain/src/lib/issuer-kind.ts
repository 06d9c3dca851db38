/** What kind of body issued a report (spec §8.2). */
export type IssuerKind = 'gov' | 'gov_office' | 'department' | 'township' | 'zone' | 'institution' | 'other';

export const ISSUER_KINDS: readonly IssuerKind[] = ['gov', 'gov_office', 'department', 'township', 'zone', 'institution', 'other'];

export const ISSUER_KIND_LABELS: Record<IssuerKind, { zh: string; en: string }> = {
  gov: { zh: '人民政府', en: 'government' },
  gov_office: { zh: '政府办公室', en: 'government office' },
  department: { zh: '政府部门', en: 'department' },
  township: { zh: '乡镇街道', en: 'township' },
  zone: { zh: '园区/开发区', en: 'zone' },
  institution: { zh: '事业单位', en: 'public institution' },
  other: { zh: '其他', en: 'other' },
};

/** Whether the report covers the body alone or an aggregate of its units (spec D20). */
export type ReportScope = 'self' | 'aggregate' | 'unknown';

/** Administrative levels of GB/T 2260. */
export type RegionLevel = 'province' | 'prefecture' | 'county';

export const REGION_LEVELS: readonly RegionLevel[] = ['province', 'prefecture', 'county'];

export const REGION_LEVEL_LABELS: Record<RegionLevel, { zh: string; en: string }> = {
  province: { zh: '省级', en: 'province' },
  prefecture: { zh: '地级', en: 'prefecture' },
  county: { zh: '县级', en: 'county' },
};

/**
 * Issuer kinds held to the department deadline (条例 Art. 49: 县级以上人民政府部门, 31 January). Every other
 * kind gets the government deadline (31 March). Where the law is unclear (zones, townships, other), the later
 * deadline is used so that no body is called late wrongly.
 */
export const DEPARTMENT_DEADLINE_ISSUER_KINDS: readonly IssuerKind[] = ['department', 'institution'];
