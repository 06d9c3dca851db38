/**
 * CTE body selecting the one current report that stands for each region and year ("primary report"): issuer
 * kinds in `kindsParam` (text[]) in that order of preference, then the newest ingestion. Output columns: id,
 * region_code, year, template (text), issuer_kind (text), published_on (text).
 */
export function buildPrimaryReportSql(codesParam: string, yearFromParam: string, yearToParam: string, kindsParam: string): string {
  return `SELECT DISTINCT ON (r.region_code, r.year) r.id, r.region_code, r.year, r.template::text AS template,
            i.kind::text AS issuer_kind, r.published_on::text AS published_on
          FROM report r JOIN issuer i ON i.id = r.issuer_id
          WHERE r.status = 'current' AND r.region_code = ANY(${codesParam}::varchar[])
            AND r.year BETWEEN ${yearFromParam} AND ${yearToParam} AND i.kind::text = ANY(${kindsParam}::text[])
          ORDER BY r.region_code, r.year, array_position(${kindsParam}::text[], i.kind::text), r.ingested_at DESC, r.id`;
}
