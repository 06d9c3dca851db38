import { type AssessmentIndicatorId, type IssuerKind, type RuleMode, type RuleSeverity, type TemplateId, type ValueState } from '@gongkai/domain';
import { type ParsedProse } from '@gongkai/report-parser';

export type AssessedValue = { value: string | null; state: ValueState; flags?: readonly string[] };

export type AssessedFinding = {
  rule: string;
  severity: RuleSeverity;
  /** Empty or absent: the finding's modes are unknown and it counts as failing in both. */
  modes?: readonly RuleMode[];
  cells?: readonly string[];
  messageZh: string;
  messageEn: string;
};

/** What the assessment reads of one stored (or freshly parsed) report. */
export type AssessedReport = {
  reportId?: string;
  issuer: string | null;
  issuerKind: IssuerKind;
  year: number;
  template: TemplateId;
  /** ISO date the document or page states, or null. */
  publishedOn: string | null;
  /** Section numerals in document order. */
  sections: readonly string[];
  /** The narrative; null for a report stored before the parser kept it (the text indicators are then not scored). */
  prose: ParsedProse | null;
  values: Readonly<Record<string, AssessedValue>>;
  /** Every finding, cross-year ones included. */
  findings: readonly AssessedFinding[];
  extraRows: readonly { table: string; label: string }[];
  needsReview: boolean;
};

export type EvidenceKind = 'date' | 'section' | 'row' | 'rule' | 'deviation' | 'quote' | 'sentence' | 'repeat' | 'note';

/** One fact behind a score: what was seen, where, and what it cost. */
export type Evidence = {
  kind: EvidenceKind;
  zh: string;
  en: string;
  /** Points off 100 this fact cost (0 for a fact that is shown but not scored). */
  points: number;
  /** Metric keys of the cells involved. */
  cells?: string[];
  /** The sentence or phrase of the text, as printed. */
  quote?: string;
  /** For a repeated sentence: the previous report's sentence. */
  previousQuote?: string;
  /** Section numeral of the quote. */
  section?: string;
  /** Offsets [start, end) of the paragraph holding the quote, in the document's paragraph text. */
  start?: number;
  end?: number;
};

export type IndicatorResult = {
  id: AssessmentIndicatorId;
  weight: number;
  /** 0–100, or null when it could not be measured (`flag` says why). */
  score: number | null;
  /** Why the score is missing or should be read with care (Chinese, for the page); null when none. */
  flag: string | null;
  flagEn: string | null;
  evidence: Evidence[];
  /** A measured quantity where the indicator has one (days late, repeated share, specific share). */
  measure: number | null;
};

export type ReportAssessment = {
  schemeId: string;
  schemeVersion: string;
  /** Weighted mean of the indicators that have a score, one decimal; null when none has. */
  score: number | null;
  indicators: IndicatorResult[];
  /** The year of the previous report the text was compared with, or null. */
  previousYear: number | null;
};
