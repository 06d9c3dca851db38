import { type GraphQLResolveInfo } from 'graphql';

import { type LoadersContext } from '../../core/dataloader/types/loaders.type';
import { ReportDto } from '../../reports/dtos/report.dto';
import { type ReportRow } from '../../reports/types/report-row.type';
import { fromReportRowToReportDto } from '../../reports/utils/from-report-row-to-report-dto.util';
import { type CoverageEntryDto } from '../dtos/coverage-entry.dto';
import { selectionOfField } from './selection-of-field.util';

/**
 * Fills CoverageEntry.report for every entry at once (coverage and recordSiteCheck), not by a field resolver per
 * entry (a promise and a pass through Nest's pipes each: most of the CPU of a province's coverage).
 * `report { id }` (the dashboard's grid) needs no row: the id came with the entry, from the same statement.
 */
export async function fillCoverageReports(entries: CoverageEntryDto[], info: Pick<GraphQLResolveInfo, 'fieldNodes'>, loaders: LoadersContext['loaders']): Promise<void> {
  const selection = selectionOfField(info, 'report');
  if (selection === 'id') {
    for (const entry of entries) entry.report = entry.reportId === null ? null : Object.assign(new ReportDto(), { id: entry.reportId });
  } else if (selection === 'full') {
    const ids = [...new Set(entries.map((e) => e.reportId).filter((id): id is string => id !== null))];
    const rows = await loaders.reportById.loadMany(ids);
    const byId = new Map<string, ReportRow | null>();
    rows.forEach((row, i) => {
      if (row instanceof Error) throw row;
      byId.set(ids[i] as string, row);
    });
    for (const entry of entries) {
      const row = entry.reportId === null ? null : byId.get(entry.reportId);
      entry.report = row ? fromReportRowToReportDto(row) : null;
    }
  }
}
