import { type BoardFamily, getMetric } from '@gongkai/domain';

/** The metric keys the board reads: its families' metrics, their rates' terms and the compositions' parts. */
export function boardMetricKeys(families: readonly BoardFamily[]): string[] {
  const keys = new Set<string>();
  for (const family of families) {
    for (const key of [...family.metrics, ...family.compositions.flatMap((c) => c.parts)]) {
      keys.add(key);
      const formula = getMetric(key)?.formula;
      if (formula?.op === 'ratio') for (const term of [...formula.numerator, formula.denominator]) keys.add(term);
    }
  }

  return [...keys];
}
