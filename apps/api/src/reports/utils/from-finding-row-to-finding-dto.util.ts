import { FindingDto } from '../dtos/finding.dto';
import { type FindingRow } from '../types/finding-row.type';

export function fromFindingRowToFindingDto(row: FindingRow): FindingDto {
  return Object.assign(new FindingDto(), {
    id: row.id,
    rule: row.rule,
    severity: row.severity,
    modes: row.modes,
    scope: row.scope,
    cells: row.cells,
    expected: row.expected,
    actual: row.actual,
    messageZh: row.message_zh,
    messageEn: row.message_en,
    reportId: row.report_id,
  });
}
