import { fromMetricToMetricDto } from '../../metrics/utils/from-metric-to-metric-dto.util';
import { fromRegionRowToRegionDto } from '../../regions/utils/from-region-row-to-region-dto.util';
import { RankingEntryDto } from '../dtos/ranking-entry.dto';
import { RankingDto } from '../dtos/ranking.dto';
import { type RankingResult } from '../types/analytics-results.type';

export function fromRankingResultToRankingDto(result: RankingResult): RankingDto {
  return Object.assign(new RankingDto(), {
    ...result,
    metric: fromMetricToMetricDto(result.metric),
    entries: result.entries.map((entry) => Object.assign(new RankingEntryDto(), { ...entry, region: fromRegionRowToRegionDto(entry.region) })),
  });
}
