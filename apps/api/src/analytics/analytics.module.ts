import { Module } from '@nestjs/common';

import { DecimalScalar } from '../core/graphql/scalars/decimal.scalar';
import { RegionsModule } from '../regions/regions.module';
import { AnalyticsResolver } from './analytics.resolver';
import { AnalyticsService } from './analytics.service';
import { ExportController } from './export/export.controller';
import { ExportService } from './export/export.service';
import { RankingEntryResolver } from './ranking-entry.resolver';
import { SeriesPointResolver } from './series-point.resolver';
import { SiteChecksResolver } from './site-checks/site-checks.resolver';
import { SiteChecksService } from './site-checks/site-checks.service';

@Module({
  controllers: [ExportController],
  exports: [AnalyticsService],
  imports: [RegionsModule],
  providers: [AnalyticsResolver, AnalyticsService, DecimalScalar, ExportService, SiteChecksResolver, SiteChecksService, SeriesPointResolver, RankingEntryResolver],
})
export class AnalyticsModule {}
