import { type IndicatorResult } from '@gongkai/assessment';
import { type AssessmentScheme } from '@gongkai/domain';

import { type IndicatorScoreDto } from '../dtos/indicator-score.dto';

/** The indicators of one report as GraphQL objects, each with the weighted points it cost the report score. */
export function fromAssessmentToIndicatorScoreDtos(indicators: readonly IndicatorResult[], scheme: AssessmentScheme): IndicatorScoreDto[] {
  const weights = indicators.reduce((sum, i) => sum + (i.score === null ? 0 : i.weight), 0);

  return indicators.map((i) => {
    const definition = scheme.indicators.find((d) => d.id === i.id);

    return {
      id: i.id,
      labelZh: definition?.zh ?? i.id,
      labelEn: definition?.en ?? i.id,
      weight: i.weight,
      score: i.score,
      cost: i.score === null || weights === 0 ? 0 : Math.round((((100 - i.score) * i.weight) / weights) * 10) / 10,
      flagZh: i.flag,
      flagEn: i.flagEn,
      measure: i.measure,
      evidence: i.evidence.map((e) => ({
        kind: e.kind,
        messageZh: e.zh,
        messageEn: e.en,
        points: e.points,
        cells: e.cells ?? [],
        quote: e.quote ?? null,
        previousQuote: e.previousQuote ?? null,
        section: e.section ?? null,
        start: e.start ?? null,
        end: e.end ?? null,
      })),
    };
  });
}
