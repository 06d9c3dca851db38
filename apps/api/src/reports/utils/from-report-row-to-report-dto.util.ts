import { computeReportQuality } from '../../analytics/utils/compute-report-quality.util';
import { OcrSummaryDto } from '../dtos/ocr-summary.dto';
import { ReportDto } from '../dtos/report.dto';
import { type ReportRow } from '../types/report-row.type';
import { computeDaysLate } from './compute-days-late.util';
import { computePublicationDeadline } from './compute-publication-deadline.util';

export function fromReportRowToReportDto(row: ReportRow): ReportDto {
  const deadline = computePublicationDeadline(row.year, row.issuer_kind);
  const daysLate = computeDaysLate(row.published_on, deadline);

  return Object.assign(new ReportDto(), {
    id: row.id,
    title: row.title,
    year: row.year,
    template: row.template,
    scope: row.scope,
    status: row.status,
    publishedOn: row.published_on,
    deadline,
    late: daysLate === null ? null : daysLate > 0,
    sampleData: row.sample_data,
    parserVersion: row.parser_version,
    ingestedAt: row.ingested_at instanceof Date ? row.ingested_at.toISOString() : new Date(row.ingested_at).toISOString(),
    findingCount: Number(row.finding_count),
    quality: computeReportQuality({ held: true, needsReview: row.needs_review === true, failing: row.failing === true }),
    issuerId: row.issuer_id,
    issuerKind: row.issuer_kind,
    regionCode: row.region_code,
    sourceDocumentId: row.source_document_id,
    correctsReportId: row.corrects_report_id ?? null,
    needsReview: row.needs_review === true,
    reviewReasons: row.review_reasons ?? [],
    ocr: row.ocr ? Object.assign(new OcrSummaryDto(), row.ocr) : null,
  });
}
