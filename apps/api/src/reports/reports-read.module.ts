import { Module } from '@nestjs/common';

import { RegionsModule } from '../regions/regions.module';
import { FindingsResolver } from './findings.resolver';
import { IssuersResolver } from './issuers.resolver';
import { ReportsReadService } from './reports-read.service';
import { ReportsResolver } from './reports.resolver';

/** The read side of reports (queries and field resolvers). Ingestion and mutations live in the platform's modules. */
@Module({
  exports: [ReportsReadService],
  imports: [RegionsModule],
  providers: [FindingsResolver, IssuersResolver, ReportsReadService, ReportsResolver],
})
export class ReportsReadModule {}
