import Decimal from 'decimal.js';

import { type Metric, type TemplateVersion, derivedMetrics, reportedMetrics } from '@gongkai/domain';

import { type ParsedValue } from '../model/parsed-report';

/**
 * Derived metrics with the catalogue formulas (spec §9): Table 3 `org` column, group subtotals,
 * GB2021 other_total, t4_suit_*, rates and harmonised h_* series. A derived value is never parsed: state
 * 'derived', no provenance, `derivedFrom` names its inputs, `raw` is the formula. Any unknown input makes
 * the result unknown (value null). A ratio whose denominator is a known 0 has state 'undefined' (value null):
 * it cannot be computed, and a pick of such a ratio is undefined too.
 */

const RATIO_DECIMALS = 6;

/** Integers this short add exactly as JS numbers (a few dozen terms stay far below 2^53). */
const SHORT_INTEGER = /^-?\d{1,13}$/;

/** Exact sum of decimal strings; the common all-integer case avoids decimal objects. */
function add(terms: readonly string[]): string {
  let total = 0;
  let short = true;
  for (const t of terms) {
    if (!SHORT_INTEGER.test(t)) {
      short = false;
      break;
    }
    total += Number(t);
  }
  if (short) return String(total);

  return addDecimal(terms);
}

function addDecimal(terms: readonly string[]): string {
  let total = new Decimal(0);
  for (const t of terms) total = total.plus(t);

  return total.toFixed();
}

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

/** A derived metric with its formula text and input keys, so evaluation does one lookup per key. */
type DerivedPlan = { metric: Metric; raw: string; inputs: string[] };
type TemplatePlan = { reported: Metric[]; derived: Metric[]; byKey: Map<string, DerivedPlan> };
const PLANS = new Map<TemplateVersion, TemplatePlan>();

/** The catalogue's metrics for a template, with formula texts, computed once per template. */
function plan(template: TemplateVersion): TemplatePlan {
  let p = PLANS.get(template);
  if (!p) {
    const derived = derivedMetrics(template);
    p = {
      reported: reportedMetrics(template),
      derived,
      byKey: new Map(derived.map((m) => [m.key, { metric: m, raw: formulaText(m), inputs: inputs(m, template) }])),
    };
    PLANS.set(template, p);
  }

  return p;
}

/** Fills every reported metric not found as blank/missing and adds every derived metric of the template. */
export function completeValues(values: Map<string, ParsedValue>, template: TemplateVersion): Map<string, ParsedValue> {
  const { reported, derived, byKey } = plan(template);
  for (const metric of reported) {
    if (values.has(metric.key)) continue;
    // A GB2021 report printing （六） as one row reports other_total instead of its three sub-rows.
    values.set(metric.key, { key: metric.key, value: null, state: 'blank', raw: '', flags: ['missing'], provenance: null });
  }
  const visiting = new Set<string>();
  const isUndefined = (key: string): boolean => values.get(key)?.state === 'undefined';

  const evaluate = (key: string): string | null => {
    const existing = values.get(key);
    // Reported (or already derived) values are used as they are; a reported value under a derived key
    // (GB2021 （六） printed as one row) therefore wins over the formula.
    if (existing) return existing.value;
    const entry = byKey.get(key);
    const f = entry?.metric.formula;
    if (!entry || !f || visiting.has(key)) return null;
    visiting.add(key);
    let result: string | null = null;
    let undefinedResult = false;
    if (f.op === 'sum') {
      // Every term is evaluated (in order) even after an unknown one: evaluation also records derived inputs.
      const terms: string[] = [];
      let unknown = false;
      for (const term of f.terms) {
        const v = evaluate(term);
        if (v === null) unknown = true;
        else terms.push(v);
      }
      result = unknown ? null : add(terms);
    } else if (f.op === 'ratio') {
      const denominator = evaluate(f.denominator);
      const numerator = f.numerator.map(evaluate);
      const top = numerator.includes(null) ? null : add(numerator as string[]);
      // A known 0 below the line: undefined whatever the numerator (x / 0 has no value even when x is known).
      undefinedResult = denominator !== null && new Decimal(denominator).isZero();
      result = denominator === null || top === null || undefinedResult ? null : new Decimal(top).dividedBy(denominator).toDecimalPlaces(RATIO_DECIMALS).toFixed();
    } else {
      const source = f.byTemplate[template];
      result = evaluate(source);
      undefinedResult = isUndefined(source);
    }
    visiting.delete(key);
    values.set(key, { key, value: result, state: undefinedResult ? 'undefined' : 'derived', raw: entry.raw, flags: [], provenance: null, derivedFrom: entry.inputs.slice() });

    return result;
  };

  for (const metric of derived) evaluate(metric.key);

  return values;
}
