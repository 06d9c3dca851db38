import { DEPARTMENT_DEADLINE_ISSUER_KINDS, type IssuerKind } from './issuer-kind';

/** The two national templates of the annual report (spec §1). `nonstandard` marks a report without the tables. */
export type TemplateVersion = 'gb2019' | 'gb2021';
export type TemplateId = TemplateVersion | 'nonstandard';

export const TEMPLATE_VERSIONS: readonly TemplateVersion[] = ['gb2019', 'gb2021'];

/**
 * Data years each template applies to (spec §1, §9.6): GB2019 for the 2019 and 2020 reports, GB2021 from the
 * 2021 reports on. `to: null` = still in force. Analytics use it to place a metric's series in its years.
 */
export const TEMPLATE_DATA_YEARS: Record<TemplateVersion, { from: number; to: number | null }> = {
  gb2019: { from: 2019, to: 2020 },
  gb2021: { from: 2021, to: null },
};

export const TEMPLATE_LABELS: Record<TemplateId, { zh: string; en: string }> = {
  gb2019: { zh: '2019年版格式（国办公开办函〔2019〕60号）', en: '2019 template (GuoBanGongKaiBanHan [2019] No. 60)' },
  gb2021: { zh: '2021年版格式（国办公开办函〔2021〕30号）', en: '2021 template (GuoBanGongKaiBanHan [2021] No. 30)' },
  nonstandard: { zh: '非标准格式', en: 'non-standard layout' },
};

/**
 * How a value was obtained. Blank, "/" and 0 are different things all the way to the chart. `undefined` is a
 * rate whose denominator is a known 0 (复议纠错率 with no 复议 case): there is nothing to divide, which is not
 * the same as a value nobody printed.
 */
export type ValueState = 'number' | 'blank' | 'na' | 'derived' | 'undefined';

/** Every ValueState, for enums that must list them (GraphQL, the database type). */
export const VALUE_STATES: readonly ValueState[] = ['number', 'blank', 'na', 'derived', 'undefined'];

/** How a metric continues across a template change (spec §9.6). */
export type Comparability = 'same' | 'approximate' | 'break';

/** Statutory publication deadlines (条例 Art. 49): month/day of the year after the data year. */
export const PUBLICATION_DEADLINES = {
  government: { month: 3, day: 31 },
  department: { month: 1, day: 31 },
} as const;

/** The template that applies to a data year (TEMPLATE_DATA_YEARS). */
export function templateForYear(year: number): TemplateVersion {
  return year >= TEMPLATE_DATA_YEARS.gb2021.from ? 'gb2021' : 'gb2019';
}

/** Statutory publication deadline (yyyy-mm-dd) of the report on data year `year`, by issuer kind. */
export function publicationDeadline(year: number, issuerKind: IssuerKind): string {
  const { month, day } = DEPARTMENT_DEADLINE_ISSUER_KINDS.includes(issuerKind) ? PUBLICATION_DEADLINES.department : PUBLICATION_DEADLINES.government;

  return `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
