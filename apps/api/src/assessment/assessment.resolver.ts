import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { CurrentAuth } from '../auth/decorators/current-auth.decorator';
import { Roles } from '../auth/decorators/roles.decorator';
import { type AuthContext } from '../auth/types/auth-context.type';
import { AssessmentService } from './assessment.service';
import { AssessmentSchemeDto } from './dtos/assessment-scheme.dto';
import { AssessmentArgs } from './dtos/assessment.args';
import { RegionAssessmentDto } from './dtos/region-assessment.dto';
import { ReportAssessmentArgs } from './dtos/report-assessment.args';
import { ReportAssessmentDto } from './dtos/report-assessment.dto';
import { SaveAssessmentWeightsInput } from './dtos/save-assessment-weights.input';
import { fromAssessmentToIndicatorScoreDtos } from './utils/from-assessment-to-indicator-score-dtos.util';
import { fromRegionResultToRegionAssessmentDto } from './utils/from-region-result-to-region-assessment-dto.util';
import { fromSchemeInUseToAssessmentSchemeDto } from './utils/from-scheme-in-use-to-assessment-scheme-dto.util';

/** 年报质量评估: a region's bodies scored and ranked, one report's indicators with evidence, an office's weights. */
@Resolver()
export class AssessmentResolver {
  constructor(private readonly assessmentService: AssessmentService) {}

  @Query(() => RegionAssessmentDto, {
    name: 'assessment',
    description: "Every body under parentCode with a report of the year: score, rank, change from its previous report, each indicator's score and evidence (the region's saved weights apply).",
  })
  async getAssessment(@Args() args: AssessmentArgs): Promise<RegionAssessmentDto> {
    const result = await this.assessmentService.assessRegion(args.parentCode, args.year, args.scheme ?? 'default');

    return fromRegionResultToRegionAssessmentDto(result, args.year);
  }

  @Query(() => ReportAssessmentDto, { name: 'reportAssessment', description: "One report assessed against the same body's previous report, every indicator with its evidence." })
  async getReportAssessment(@Args() args: ReportAssessmentArgs): Promise<ReportAssessmentDto> {
    const { stored, previous, scheme, assessment } = await this.assessmentService.assessReportById(args.reportId, args.scheme ?? 'default', args.weightsOf ?? null);

    return {
      reportId: stored.reportId,
      issuerId: stored.issuerId,
      issuerName: stored.issuerName,
      regionCode: stored.regionCode,
      year: stored.report.year,
      score: assessment.score,
      previousYear: assessment.previousYear,
      previousReportId: previous?.reportId ?? null,
      sampleData: stored.sampleData,
      scheme: fromSchemeInUseToAssessmentSchemeDto(scheme),
      indicators: fromAssessmentToIndicatorScoreDtos(assessment.indicators, scheme.scheme),
    };
  }

  @Mutation(() => AssessmentSchemeDto, { name: 'saveAssessmentWeights', description: "Save an office's own weights of a scheme for its region (admin, or editor in region scope)." })
  @Roles('admin', 'editor')
  async saveAssessmentWeights(@CurrentAuth() auth: AuthContext, @Args('data', { description: 'The prefecture, and a weight per indicator', type: () => SaveAssessmentWeightsInput }) data: SaveAssessmentWeightsInput): Promise<AssessmentSchemeDto> {
    return fromSchemeInUseToAssessmentSchemeDto(await this.assessmentService.saveWeights(auth, data.regionCode, data.scheme ?? 'default', data.weights));
  }
}
