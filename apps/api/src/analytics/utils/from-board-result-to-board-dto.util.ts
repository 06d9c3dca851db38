import { fromMetricToMetricDto } from '../../metrics/utils/from-metric-to-metric-dto.util';
import { fromRegionRowToRegionDto } from '../../regions/utils/from-region-row-to-region-dto.util';
import { BoardDto } from '../dtos/board.dto';
import { type BoardResult } from '../types/board-results.type';

/** Plain objects are enough for the board's types (no resolve fields); regions and metrics go through their mappers. */
export function fromBoardResultToBoardDto(result: BoardResult): BoardDto {
  return Object.assign(new BoardDto(), {
    parent: fromRegionRowToRegionDto(result.parent),
    yearFrom: result.yearFrom,
    yearTo: result.yearTo,
    level: result.level,
    countyCount: result.countyCount,
    regions: result.regions.map(fromRegionRowToRegionDto),
    families: result.families.map(({ family, metrics, compositions }) => ({
      id: family.id,
      labelZh: family.labelZh,
      labelEn: family.labelEn,
      templateNoteZh: family.templateNote?.zh ?? null,
      templateNoteEn: family.templateNote?.en ?? null,
      metrics: metrics.map((m) => ({
        ...m,
        metric: fromMetricToMetricDto(m.metric),
        totals: m.totals.map((t) => ({ ...t, likeForLike: t.likeForLike && { ...t.likeForLike, excludedRegions: t.likeForLike.excludedRegions.map(fromRegionRowToRegionDto) } })),
        counties: m.counties.map((c) => ({ region: fromRegionRowToRegionDto(c.region), points: c.points })),
        ranking: m.ranking.map((e) => ({ ...e, region: fromRegionRowToRegionDto(e.region) })),
      })),
      compositions: compositions.map((c) => ({
        id: c.composition.id,
        labelZh: c.composition.labelZh,
        labelEn: c.composition.labelEn,
        parts: c.parts.map(fromMetricToMetricDto),
        years: c.years,
      })),
    })),
  });
}
