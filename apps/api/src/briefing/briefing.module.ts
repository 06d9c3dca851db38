import { Module } from '@nestjs/common';

import { AnalyticsModule } from '../analytics/analytics.module';
import { RegionsModule } from '../regions/regions.module';
import { ReportsReadModule } from '../reports/reports-read.module';
import { BriefingController } from './briefing.controller';
import { BriefingService } from './briefing.service';

/** GET /api/briefing: the prefecture-year briefing pack as .pptx (native charts) or vector PDF. */
@Module({
  controllers: [BriefingController],
  imports: [AnalyticsModule, RegionsModule, ReportsReadModule],
  providers: [BriefingService],
})
export class BriefingModule {}
