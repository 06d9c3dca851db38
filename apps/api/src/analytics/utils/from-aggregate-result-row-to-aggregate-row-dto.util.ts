import { fromRegionRowToRegionDto } from '../../regions/utils/from-region-row-to-region-dto.util';
import { AggregateRowDto } from '../dtos/aggregate-row.dto';
import { type AggregateResultRow } from '../types/analytics-results.type';

export function fromAggregateResultRowToAggregateRowDto(row: AggregateResultRow): AggregateRowDto {
  return Object.assign(new AggregateRowDto(), {
    ...row,
    region: row.region ? fromRegionRowToRegionDto(row.region) : null,
    regionCode: row.region?.code ?? null,
  });
}
