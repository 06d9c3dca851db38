/**
 * The orders a list of stored reports can be read in (the api's ReportOrder enum, the /admin reports browser's
 * sort parameter): each sort key in both directions, ties broken by report id in the same direction.
 */
export const REPORT_ORDERS = [
  'year_desc',
  'year_asc',
  'ingested_desc',
  'ingested_asc',
  'issuer_asc',
  'issuer_desc',
  'findings_desc',
  'findings_asc',
  'quality_desc',
  'quality_asc',
] as const;

export type ReportOrder = (typeof REPORT_ORDERS)[number];
