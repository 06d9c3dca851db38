import { ProvenanceDto } from '../dtos/provenance.dto';
import { ReportValueDto } from '../dtos/report-value.dto';
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
  });
}
