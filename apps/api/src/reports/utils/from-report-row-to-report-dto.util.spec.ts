import { type ReportRow } from '../types/report-row.type';
import { fromReportRowToReportDto } from './from-report-row-to-report-dto.util';

const row: ReportRow = {
  id: '0b9c7f2e-2a0f-4a43-9a55-0f1c8c1d9e01',
  source_document_id: '1b9c7f2e-2a0f-4a43-9a55-0f1c8c1d9e01',
  issuer_id: '2b9c7f2e-2a0f-4a43-9a55-0f1c8c1d9e01',
  issuer_kind: 'department',
  region_code: '540121',
  year: 2021,
  template: 'gb2021',
  scope: 'self',
  status: 'current',
  title: '某县财政局2021年政府信息公开工作年度报告',
  published_on: '2022-02-05',
  sample_data: false,
  parser_version: '0.1.0',
  ingested_at: new Date('2026-11-27T21:00:00.000Z'),
  finding_count: 0,
  needs_review: false,
  failing: false,
};

describe('fromReportRowToReportDto', () => {
  it('computes the deadline of the issuer kind and whether the report was late', () => {
    const dto = fromReportRowToReportDto(row);

    expect(dto).toMatchObject({ deadline: '2022-01-31', late: true, publishedOn: '2022-02-05', ingestedAt: '2026-11-27T21:00:00.000Z' });
  });

  it('leaves late unknown when the publication date is unknown', () => {
    expect(fromReportRowToReportDto({ ...row, published_on: null }).late).toBeNull();
  });

  it('keeps the internal keys the field resolvers need', () => {
    expect(fromReportRowToReportDto(row)).toMatchObject({ issuerId: row.issuer_id, regionCode: '540121', sourceDocumentId: row.source_document_id, issuerKind: 'department' });
  });

  it('reads quality by the coverage definition: a flagged report needs review whatever its checks, else failing or passing', () => {
    expect(fromReportRowToReportDto(row)).toMatchObject({ quality: 'passing', findingCount: 0 });
    expect(fromReportRowToReportDto({ ...row, failing: true, finding_count: 3 })).toMatchObject({ quality: 'failing', findingCount: 3 });
    expect(fromReportRowToReportDto({ ...row, failing: true, needs_review: true })).toMatchObject({ quality: 'needs_review' });
  });
});
