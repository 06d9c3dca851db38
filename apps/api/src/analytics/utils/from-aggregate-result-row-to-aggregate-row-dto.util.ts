import { fromRegionRowToRegionDto } from '../../regions/utils/from-region-row-to-region-dto.util';
import { AggregateRowDto } from '../dtos/aggregate-row.dto';
import { LikeForLikeDto } from '../dtos/like-for-like.dto';
import { type AggregateResultRow } from '../types/analytics-results.type';

export function fromAggregateResultRowToAggregateRowDto(row: AggregateResultRow): AggregateRowDto {
  return Object.assign(new AggregateRowDto(), {
    ...row,
    region: row.region ? fromRegionRowToRegionDto(row.region) : null,
    regionCode: row.region?.code ?? null,
    likeForLike: row.likeForLike ? Object.assign(new LikeForLikeDto(), { ...row.likeForLike, excludedRegions: row.likeForLike.excludedRegions.map(fromRegionRowToRegionDto) }) : null,
  });
}
