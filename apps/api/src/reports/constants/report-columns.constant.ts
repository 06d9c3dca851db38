/** The columns of ReportRow; needs `FROM report r JOIN issuer i ON i.id = r.issuer_id`. Dates as text (no time zone shifts). */
export const REPORT_COLUMNS = `r.id, r.source_document_id, r.issuer_id, i.kind::text AS issuer_kind, r.region_code, r.year,
  r.template::text AS template, r.scope::text AS scope, r.status::text AS status, r.title, r.published_on::text AS published_on,
  r.sample_data, r.parser_version, r.ingested_at, r.corrects_report_id, (r.parsed->>'needsReview') = 'true' AS needs_review,
  r.parsed->'reviewReasons' AS review_reasons, r.parsed->'ocr' AS ocr`;
