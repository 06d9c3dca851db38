import { FAILED_RULE_CONDITION } from './failed-rule-condition.constant';

/** Findings of the report `r` (every severity and mode): Report.findingCount and the findings sort. */
export const FINDING_COUNT_SQL = `(SELECT count(*)::int FROM validation_issue vi WHERE vi.report_id = r.id)`;
/** The parser flagged the report (parsed.needsReview), as the coverage grid reads it. */
export const NEEDS_REVIEW_SQL = `COALESCE((r.parsed->>'needsReview') = 'true', false)`;
/** A rule of the report fails (Report.failedRules is not empty). */
export const FAILING_SQL = `EXISTS (SELECT 1 FROM validation_issue vi WHERE vi.report_id = r.id AND ${FAILED_RULE_CONDITION})`;
/**
 * Report.quality as a rank (computeReportQuality in SQL, for the quality filter and sort): 0 passing, 1 failing,
 * 2 needs_review — a flagged report needs a person first, whatever its checks say.
 */
export const QUALITY_RANK_SQL = `(CASE WHEN ${NEEDS_REVIEW_SQL} THEN 2 WHEN ${FAILING_SQL} THEN 1 ELSE 0 END)`;
export const QUALITY_RANKS = { passing: 0, failing: 1, needs_review: 2 } as const;

/** The columns of ReportRow; needs `FROM report r JOIN issuer i ON i.id = r.issuer_id`. Dates as text (no time zone shifts). */
export const REPORT_COLUMNS = `r.id, r.source_document_id, r.issuer_id, i.kind::text AS issuer_kind, r.region_code, r.year,
  r.template::text AS template, r.scope::text AS scope, r.status::text AS status, r.title, r.published_on::text AS published_on,
  r.sample_data, r.parser_version, r.ingested_at, r.corrects_report_id, ${NEEDS_REVIEW_SQL} AS needs_review,
  r.parsed->'reviewReasons' AS review_reasons, r.parsed->'ocr' AS ocr, ${FINDING_COUNT_SQL} AS finding_count, ${FAILING_SQL} AS failing`;
