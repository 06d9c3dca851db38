import { Module } from '@nestjs/common';

import { RegionsModule } from '../regions/regions.module';
import { AssessmentController } from './assessment.controller';
import { AssessmentResolver } from './assessment.resolver';
import { AssessmentService } from './assessment.service';

@Module({
  controllers: [AssessmentController],
  exports: [AssessmentService],
  imports: [RegionsModule],
  providers: [AssessmentResolver, AssessmentService],
})
export class AssessmentModule {}
