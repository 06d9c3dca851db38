import { OcrReadingDto } from '../dtos/ocr-reading.dto';
import { ProvenanceDto } from '../dtos/provenance.dto';
import { ReportValueDto } from '../dtos/report-value.dto';
import { ValueCorrectionDto } from '../dtos/value-correction.dto';
import { type ReportValueRow } from '../types/report-value-row.type';

export function fromReportValueRowToReportValueDto(row: ReportValueRow): ReportValueDto {
  const provenance = row.provenance
    ? Object.assign(new ProvenanceDto(), {
        table: row.provenance.table,
        rowLabel: row.provenance.rowLabel,
        columnLabel: row.provenance.columnLabel,
        tableIndex: row.provenance.tableIndex,
        row: row.provenance.row,
        col: row.provenance.col,
        page: row.provenance.page ?? null,
      })
    : null;

  return Object.assign(new ReportValueDto(), {
    key: row.metric_key,
    value: row.value,
    state: row.state,
    raw: row.raw,
    printedUnit: row.printed_unit,
    flags: row.flags,
    provenance,
    derivedFrom: row.derived_from,
    ocr: row.ocr ? Object.assign(new OcrReadingDto(), { confidence: row.ocr.confidence, read: row.ocr.read, chosenBy: row.ocr.chosenBy ?? null }) : null,
    box: row.provenance?.box ?? null,
    correction: row.correction
      ? Object.assign(new ValueCorrectionDto(), {
          previous: row.correction.previous,
          previousState: row.correction.previousState,
          by: row.correction.by,
          at: row.correction.at,
          note: row.correction.note ?? null,
        })
      : null,
  });
}
