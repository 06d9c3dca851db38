import { fromRegionRowToRegionDto } from '../../regions/utils/from-region-row-to-region-dto.util';
import { CoverageEntryDto } from '../dtos/coverage-entry.dto';
import { type CoverageResultRow } from '../types/analytics-results.type';

/** `report` is filled by AnalyticsResolver.getCoverage, only when asked for. */
export function fromCoverageResultRowToCoverageEntryDto(row: CoverageResultRow): CoverageEntryDto {
  return Object.assign(new CoverageEntryDto(), {
    ...row,
    region: fromRegionRowToRegionDto(row.region),
    regionCode: row.region.code,
    report: null,
  });
}
