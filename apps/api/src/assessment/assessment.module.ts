import { Module } from '@nestjs/common';

import { RegionsModule } from '../regions/regions.module';
import { AssessmentResolver } from './assessment.resolver';
import { AssessmentService } from './assessment.service';

@Module({
  exports: [AssessmentService],
  imports: [RegionsModule],
  providers: [AssessmentResolver, AssessmentService],
})
export class AssessmentModule {}
