import { type RegionAssessmentDto } from '../dtos/region-assessment.dto';
import { type AssessmentService } from '../assessment.service';
import { fromAssessedBodyToBodyAssessmentDto } from './from-assessed-body-to-body-assessment-dto.util';
import { fromSchemeInUseToAssessmentSchemeDto } from './from-scheme-in-use-to-assessment-scheme-dto.util';

export function fromRegionResultToRegionAssessmentDto(result: Awaited<ReturnType<AssessmentService['assessRegion']>>, year: number): RegionAssessmentDto {
  const bodies = result.bodies.map((b) => fromAssessedBodyToBodyAssessmentDto(b, result.scheme));
  // The mean is over the reports assessed; a body confirmed missing (0) is ranked but not averaged in.
  const scored = bodies.filter((b) => b.reportId !== null && b.score !== null).map((b) => b.score as number);

  return {
    parentCode: result.parentCode,
    parentName: result.parentName,
    year,
    scheme: fromSchemeInUseToAssessmentSchemeDto(result.scheme),
    assessed: scored.length,
    missing: bodies.filter((b) => b.reportId === null).length,
    meanScore: scored.length === 0 ? null : Math.round((scored.reduce((s, x) => s + x, 0) / scored.length) * 10) / 10,
    bodies,
  };
}
