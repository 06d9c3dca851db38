import { fromRegionRowToRegionDto } from '../../regions/utils/from-region-row-to-region-dto.util';
import { CoverageEntryDto } from '../dtos/coverage-entry.dto';
import { ReportContactDto } from '../dtos/report-contact.dto';
import { SiteCheckDto } from '../dtos/site-check.dto';
import { type CoverageResultRow } from '../types/analytics-results.type';

/** `report` is filled by AnalyticsResolver.getCoverage, only when asked for. */
export function fromCoverageResultRowToCoverageEntryDto(row: CoverageResultRow): CoverageEntryDto {
  return Object.assign(new CoverageEntryDto(), {
    ...row,
    region: fromRegionRowToRegionDto(row.region),
    regionCode: row.region.code,
    evidence: row.evidence.map((check) => Object.assign(new SiteCheckDto(), check)),
    contact: row.contact ? Object.assign(new ReportContactDto(), row.contact) : null,
    report: null,
  });
}
