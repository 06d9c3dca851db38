import { type IssuerKind, type ReportScope, type TemplateId } from '@gongkai/domain';

import { type ReportStatus } from '../../core/graphql/enums/report-status.enum';

/** A report as the read queries select it (REPORT_COLUMNS). */
export type ReportRow = {
  id: string;
  source_document_id: string;
  issuer_id: string;
  issuer_kind: IssuerKind;
  region_code: string;
  year: number;
  template: TemplateId;
  scope: ReportScope;
  status: ReportStatus;
  title: string | null;
  /** yyyy-mm-dd (selected as text). */
  published_on: string | null;
  sample_data: boolean;
  parser_version: string;
  /** timestamptz: a Date from pg. */
  ingested_at: Date | string;
  /** The version this one corrects (correctReportValues); null otherwise. */
  corrects_report_id?: string | null;
  review_reasons?: string[] | null;
  /** ParsedReport.ocr as stored in report.parsed (jsonb: an object from pg). */
  ocr?: { engine: string; dpi: number; pages: number; threshold: number; meanConfidence: number; lowConfidence: number; ruleChosen: number; msPerPage: number } | null;
  finding_count: number;
  needs_review: boolean;
  failing: boolean;
};
