import Decimal from 'decimal.js';

import { type ParsedReport } from '@gongkai/report-parser';

import { type SampleFormat, type SampleReport } from '../src';

export type Mismatch = { doc: string; format: SampleFormat; field: string; expected: string; got: string };

const strip = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');

function sameMoney(a: string, b: string): boolean {
  try {
    return new Decimal(a).equals(new Decimal(b));
  } catch {
    return false;
  }
}

/**
 * Compares what the parser read with what the generator printed: metadata, every reported value (value
 * and state), provenance, and the strict-mode ERROR findings. Returns every difference, not just the first.
 */
export function compareParsed(sample: SampleReport, format: SampleFormat, parsed: ParsedReport): Mismatch[] {
  const out: Mismatch[] = [];
  const e = sample.expected;
  const push = (field: string, expected: unknown, got: unknown) =>
    out.push({ doc: sample.id, format, field, expected: typeof expected === 'string' ? expected : JSON.stringify(expected), got: typeof got === 'string' ? got : JSON.stringify(got) });

  if (parsed.template !== e.template) push('template', e.template, parsed.template);
  if (parsed.year !== e.year) push('year', e.year, parsed.year);
  if (![strip(e.title), strip(e.titleSimplified)].includes(strip(parsed.title))) push('title', e.title, parsed.title);
  const issuerSimplified = sample.issuer;
  if (![strip(e.issuer), strip(issuerSimplified)].includes(strip(parsed.issuer))) push('issuer', e.issuer, parsed.issuer);
  if (parsed.publishedOn !== e.published_on) push('published_on', e.published_on, parsed.publishedOn);
  if (parsed.sampleData !== true) push('sampleData', true, parsed.sampleData);
  if (parsed.script !== e.script) push('script', e.script, parsed.script);

  for (const [key, want] of Object.entries(e.values)) {
    const got = parsed.values[key];
    if (!got) {
      push(`values.${key}`, `${want.state}:${want.value}`, 'missing');
      continue;
    }
    if (got.state !== want.state) {
      push(`values.${key}.state`, `${want.state} (printed '${want.raw}')`, `${got.state} (raw '${got.raw}')`);
      continue;
    }
    if (want.printedUnit === null) {
      // A bare procurement amount (D05): its unit is unknown, so 元 cannot be derived. The contract the
      // generator assumes: value null (or the bare number itself, if the parser keeps it) and unit_unknown.
      if (!(got.value === null || got.value === want.raw) || !got.flags.includes('unit_unknown')) {
        push(`values.${key}`, `null or ${want.raw} with unit_unknown`, `${got.value} flags=${got.flags.join('|')}`);
      }
    } else if (want.printedUnit !== undefined) {
      if (got.value === null || want.value === null || !sameMoney(got.value, want.value)) push(`values.${key}`, want.value, got.value);
    } else if (got.value !== want.value) {
      push(`values.${key}`, want.value, got.value);
    }
    if (got.provenance === null) push(`values.${key}.provenance`, 'non-null', 'null');
  }

  const failing = [...new Set(parsed.findings.filter((f) => f.severity === 'ERROR' && f.modes.includes('strict')).map((f) => f.rule))].sort();
  const wantFailing = [...e.failing_rules].sort();
  if (failing.join() !== wantFailing.join()) push('failing_rules', wantFailing, failing);

  return out;
}
