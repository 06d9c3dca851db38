import { Module } from '@nestjs/common';

import { DecimalScalar } from '../core/graphql/scalars/decimal.scalar';
import { RegionsModule } from '../regions/regions.module';
import { AnalyticsResolver } from './analytics.resolver';
import { AnalyticsService } from './analytics.service';
import { RankingEntryResolver } from './ranking-entry.resolver';
import { SeriesPointResolver } from './series-point.resolver';

@Module({
  exports: [AnalyticsService],
  imports: [RegionsModule],
  providers: [AnalyticsResolver, AnalyticsService, DecimalScalar, SeriesPointResolver, RankingEntryResolver],
})
export class AnalyticsModule {}
