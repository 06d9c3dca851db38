import { type AssessmentSchemeDto } from '../dtos/assessment-scheme.dto';
import { type SchemeInUse } from '../assessment.service';

export function fromSchemeInUseToAssessmentSchemeDto(inUse: SchemeInUse): AssessmentSchemeDto {
  const { scheme } = inUse;

  return {
    id: scheme.id,
    version: scheme.version,
    labelZh: scheme.zh,
    labelEn: scheme.en,
    weightsRegionCode: inUse.weightsRegionCode,
    weightsSavedAt: inUse.weightsSavedAt,
    indicators: scheme.indicators.map((i) => ({ id: i.id, labelZh: i.zh, labelEn: i.en, descriptionZh: i.descriptionZh, descriptionEn: i.descriptionEn, weight: i.weight })),
  };
}
