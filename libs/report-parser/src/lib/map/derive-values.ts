import Decimal from 'decimal.js';

import { type Metric, type TemplateVersion, derivedMetrics, reportedMetrics } from '@gongkai/domain';

import { type ParsedValue } from '../model/parsed-report';

/**
 * Derived metrics with the catalogue formulas (spec §9): Table 3 `org` column, group subtotals,
 * GB2021 other_total, t4_suit_*, rates and harmonised h_* series. A derived value is never parsed: state
 * 'derived', no provenance, `derivedFrom` names its inputs, `raw` is the formula. Any unknown input makes
 * the result unknown (value null).
 */

const RATIO_DECIMALS = 6;

function formulaText(metric: Metric): string {
  const f = metric.formula;
  if (!f) return '';
  const text = f.op === 'sum' ? f.terms.join(' + ') : f.op === 'ratio' ? `(${f.numerator.join(' + ')}) / ${f.denominator}` : Object.entries(f.byTemplate).map(([t, k]) => `${t}: ${k}`).join('; ');

  return metric.formulaZh ? `${metric.formulaZh} = ${text}` : text;
}

function inputs(metric: Metric, template: TemplateVersion): string[] {
  const f = metric.formula;
  if (!f) return [];
  if (f.op === 'sum') return [...f.terms];
  if (f.op === 'ratio') return [...f.numerator, f.denominator];

  return [f.byTemplate[template]];
}

/** Fills every reported metric not found as blank/missing and adds every derived metric of the template. */
export function completeValues(values: Record<string, ParsedValue>, template: TemplateVersion): Record<string, ParsedValue> {
  for (const metric of reportedMetrics(template)) {
    if (values[metric.key]) continue;
    // A GB2021 report printing （六） as one row reports other_total instead of its three sub-rows.
    values[metric.key] = { key: metric.key, value: null, state: 'blank', raw: '', flags: ['missing'], provenance: null };
  }
  const derived = derivedMetrics(template);
  const byKey = new Map(derived.map((m) => [m.key, m]));
  const visiting = new Set<string>();

  const evaluate = (key: string): Decimal | null => {
    const existing = values[key];
    // Reported (or already derived) values are used as they are; a reported value under a derived key
    // (GB2021 （六） printed as one row) therefore wins over the formula.
    if (existing) return existing.value === null ? null : new Decimal(existing.value);
    const metric = byKey.get(key);
    if (!metric?.formula || visiting.has(key)) return null;
    visiting.add(key);
    const f = metric.formula;
    let result: Decimal | null = null;
    if (f.op === 'sum') {
      result = new Decimal(0);
      for (const term of f.terms) {
        const v = evaluate(term);
        if (v === null) {
          result = null;
          break;
        }
        result = result.plus(v);
      }
    } else if (f.op === 'ratio') {
      const denominator = evaluate(f.denominator);
      let numerator: Decimal | null = new Decimal(0);
      for (const term of f.numerator) {
        const v = evaluate(term);
        numerator = v === null || numerator === null ? null : numerator.plus(v);
      }
      result = denominator === null || numerator === null || denominator.isZero() ? null : numerator.dividedBy(denominator).toDecimalPlaces(RATIO_DECIMALS);
    } else {
      result = evaluate(f.byTemplate[template]);
    }
    visiting.delete(key);
    values[key] = {
      key,
      value: result === null ? null : result.toFixed(),
      state: 'derived',
      raw: formulaText(metric),
      flags: [],
      provenance: null,
      derivedFrom: inputs(metric, template),
    };

    return result;
  };

  for (const metric of derived) evaluate(metric.key);

  return values;
}
