import { UseFilters } from '@nestjs/common';
import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';

import { type GraphQLResolveInfo } from 'graphql';

import { type LoadersContext } from '../core/dataloader/types/loaders.type';
import { ReportDto } from '../reports/dtos/report.dto';
import { type ReportRow } from '../reports/types/report-row.type';
import { fromReportRowToReportDto } from '../reports/utils/from-report-row-to-report-dto.util';

import { AnalyticsExceptionFilter } from './analytics-exception.filter';
import { AnalyticsService } from './analytics.service';
import { AggregateRowDto } from './dtos/aggregate-row.dto';
import { AggregateArgs } from './dtos/aggregate.args';
import { CoverageEntryDto } from './dtos/coverage-entry.dto';
import { CoverageArgs } from './dtos/coverage.args';
import { RankingDto } from './dtos/ranking.dto';
import { RankingArgs } from './dtos/ranking.args';
import { SeriesDto } from './dtos/series.dto';
import { SeriesArgs } from './dtos/series.args';
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

  @Query(() => [CoverageEntryDto], { name: 'coverage', description: 'Filed / late / missing / failing per region and year.' })
  async getCoverage(@Args() args: CoverageArgs, @Context() { loaders }: LoadersContext, @Info() info: GraphQLResolveInfo): Promise<CoverageEntryDto[]> {
    const entries = (await this.analyticsService.coverage(args)).map(fromCoverageResultRowToCoverageEntryDto);
    // CoverageEntry.report is filled here, for every entry at once, not by a field resolver per entry (a
    // promise and a pass through Nest's pipes each: most of the CPU of a province's coverage). `report { id }`
    // (the dashboard's grid) needs no row: the id came with the entry, from the same statement.
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

    return entries;
  }
}
