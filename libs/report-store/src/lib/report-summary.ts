import { type Queryable } from '@gongkai/database';
import { getRegion, pathName } from '@gongkai/regions';

/** What an upload answer says of the report it stored (or found): enough for a person to check it was read right. */
export type StoredReportSummary = {
  reportId: string;
  issuerName: string;
  issuerKind: string;
  regionCode: string;
  regionName: string;
  /** 西藏自治区 / 林芝市 / 米林县 … */
  regionPath: string;
  year: number;
  template: string;
  status: string;
  sampleData: boolean;
  /** Problems: the store keeps one validation_issue row per problem, with the modes it fails in. */
  findingCount: number;
  /** The dashboard's page of the report (relative to the dashboard's origin). */
  url: string;
};

export async function summarizeStoredReport(client: Queryable, reportId: string): Promise<StoredReportSummary | null> {
  const row = (
    await client.query(
      `SELECT r."id", i."name" AS "issuer_name", i."kind"::text AS "issuer_kind", r."region_code", r."year", r."template"::text AS "template",
         r."status"::text AS "status", r."sample_data",
         (SELECT count(*) FROM "validation_issue" vi WHERE vi."report_id" = r."id")::int AS "findings"
       FROM "report" r JOIN "issuer" i ON i."id" = r."issuer_id" WHERE r."id" = $1`,
      [reportId],
    )
  ).rows[0] as
    | { id: string; issuer_name: string; issuer_kind: string; region_code: string; year: number; template: string; status: string; sample_data: boolean; findings: number }
    | undefined;
  if (!row) return null;

  return {
    reportId: row.id,
    issuerName: row.issuer_name,
    issuerKind: row.issuer_kind,
    regionCode: row.region_code,
    regionName: getRegion(row.region_code)?.name ?? row.region_code,
    regionPath: pathName(row.region_code),
    year: row.year,
    template: row.template,
    status: row.status,
    sampleData: row.sample_data,
    findingCount: Number(row.findings),
    url: `/report/${encodeURIComponent(row.id)}`,
  };
}
