import { type BodyAssessmentDto } from '../dtos/body-assessment.dto';
import { type AssessedBody, type SchemeInUse } from '../assessment.service';
import { fromAssessmentToIndicatorScoreDtos } from './from-assessment-to-indicator-score-dtos.util';

export function fromAssessedBodyToBodyAssessmentDto(body: AssessedBody, inUse: SchemeInUse): BodyAssessmentDto {
  const indicators = body.assessment ? fromAssessmentToIndicatorScoreDtos(body.assessment.indicators, inUse.scheme) : [];
  const score = body.assessment?.score ?? null;

  return {
    issuerId: body.issuerId,
    issuerName: body.issuerName,
    regionCode: body.regionCode,
    regionName: body.regionName,
    reportId: body.reportId,
    score,
    rank: body.rank,
    previousScore: body.previousScore,
    previousYear: body.previousYear,
    change: score !== null && body.previousScore !== null ? Math.round((score - body.previousScore) * 10) / 10 : null,
    mainProblems: indicators.filter((i) => i.cost > 0).sort((a, b) => b.cost - a.cost).map((i) => i.id),
    sampleData: body.sampleData,
    indicators,
  };
}
