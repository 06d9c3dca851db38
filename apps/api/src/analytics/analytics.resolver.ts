import { UseFilters } from '@nestjs/common';
import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';

import { type GraphQLResolveInfo } from 'graphql';

import { type LoadersContext } from '../core/dataloader/types/loaders.type';

import { AnalyticsExceptionFilter } from './analytics-exception.filter';
import { AnalyticsService } from './analytics.service';
import { AggregateRowDto } from './dtos/aggregate-row.dto';
import { AggregateArgs } from './dtos/aggregate.args';
import { BoardDto } from './dtos/board.dto';
import { BoardArgs } from './dtos/board.args';
import { CoverageEntryDto } from './dtos/coverage-entry.dto';
import { CoverageArgs } from './dtos/coverage.args';
import { RankingDto } from './dtos/ranking.dto';
import { RankingArgs } from './dtos/ranking.args';
import { SeriesDto } from './dtos/series.dto';
import { SeriesArgs } from './dtos/series.args';
import { fillCoverageReports } from './utils/fill-coverage-reports.util';
import { fromBoardResultToBoardDto } from './utils/from-board-result-to-board-dto.util';
import { fromAggregateResultRowToAggregateRowDto } from './utils/from-aggregate-result-row-to-aggregate-row-dto.util';
import { fromCoverageResultRowToCoverageEntryDto } from './utils/from-coverage-result-row-to-coverage-entry-dto.util';
import { fromRankingResultToRankingDto } from './utils/from-ranking-result-to-ranking-dto.util';
import { fromSeriesResultToSeriesDtos } from './utils/from-series-result-to-series-dtos.util';
import { selectionOfField } from './utils/selection-of-field.util';

@Resolver()
@UseFilters(AnalyticsExceptionFilter)
export class AnalyticsResolver {
  constructor(private readonly analyticsService: AnalyticsService) {}

  @Query(() => [SeriesDto], { name: 'series', description: 'One series per region: value, state and year-over-year change with comparability flags.' })
  async getSeries(@Args() args: SeriesArgs): Promise<SeriesDto[]> {
    return fromSeriesResultToSeriesDtos(await this.analyticsService.series(args));
  }

  @Query(() => RankingDto, { name: 'ranking', description: 'Regions at `level` under parentCode ranked by a metric, with quartiles.' })
  async getRanking(@Args() args: RankingArgs): Promise<RankingDto> {
    return fromRankingResultToRankingDto(await this.analyticsService.ranking(args));
  }

  @Query(() => [AggregateRowDto], { name: 'aggregate', description: 'fn of a metric over current reports, grouped.' })
  async getAggregate(@Args() args: AggregateArgs): Promise<AggregateRowDto[]> {
    const rows = await this.analyticsService.aggregate(args);

    return rows.map(fromAggregateResultRowToAggregateRowDto);
  }

  @Query(() => [CoverageEntryDto], { name: 'coverage', description: 'Publication status (with the evidence of site checks) and report quality per region and year.' })
  async getCoverage(@Args() args: CoverageArgs, @Context() { loaders }: LoadersContext, @Info() info: GraphQLResolveInfo): Promise<CoverageEntryDto[]> {
    const withContact = selectionOfField(info, 'contact') !== 'none';
    const entries = (await this.analyticsService.coverage({ ...args, withContact })).map(fromCoverageResultRowToCoverageEntryDto);
    await fillCoverageReports(entries, info, loaders);

    return entries;
  }

  @Query(() => BoardDto, {
    name: 'board',
    description:
      "A prefecture's board: per family (行政许可, 行政处罚和行政强制, 政府集中采购, 政府信息公开申请) and metric the like-for-like total with year-over-year change, each county's series, the ranking with rank change, and the compositions as shares.",
  })
  async getBoard(@Args() args: BoardArgs): Promise<BoardDto> {
    return fromBoardResultToBoardDto(await this.analyticsService.board(args));
  }
}
