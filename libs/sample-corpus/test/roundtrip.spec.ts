import { appendFileSync } from 'node:fs';

import { isReportParseError, parseReportSync } from '@gongkai/report-parser';

import { renderSample, SAMPLE_FORMATS, type SampleFormat } from '../src';
import { manySamples } from './helpers';
import { compareParsed, type Mismatch } from './roundtrip';

/**
 * Generate → render → parse → compare, over ≥ 1,000 documents per format with a fixed seed. Every value
 * and every strict ERROR finding must come back exactly as the generator printed it.
 * ROUNDTRIP_DOCS overrides the count (e.g. 200 for a quick local run); ROUNDTRIP_REPORT=<file> appends
 * the mismatches as JSON lines for triage. Any mismatch fails the test.
 */
const DOCS = Number(process.env.ROUNDTRIP_DOCS ?? 1000);
const samples = manySamples(DOCS, 'roundtrip-2026');

describe.each(SAMPLE_FORMATS.map((f) => [f]))('round trip: %s', (format: SampleFormat) => {
  it(`reads back every value and failing rule of ${DOCS} generated documents`, () => {
    const mismatches: Mismatch[] = [];
    const started = process.hrtime.bigint();
    for (const sample of samples) {
      const bytes = renderSample(sample, format);
      try {
        const parsed = parseReportSync(bytes, { format });
        mismatches.push(...compareParsed(sample, format, parsed));
      } catch (error) {
        const what = isReportParseError(error) ? `${error.code}: ${error.message}` : `untyped ${String(error)}`;
        mismatches.push({ doc: sample.id, format, field: 'parse', expected: 'a report', got: what });
      }
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const exact = samples.length - new Set(mismatches.map((m) => m.doc)).size;
    console.info(`round trip ${format}: ${samples.length} documents in ${ms.toFixed(0)} ms (render + parse); ${exact} exact`);
    if (process.env.ROUNDTRIP_REPORT) {
      appendFileSync(process.env.ROUNDTRIP_REPORT, mismatches.map((m) => JSON.stringify(m)).join('\n') + (mismatches.length ? '\n' : ''));
    }
    // Show the first few in full; the count says how widespread.
    expect({ documents: samples.length - exact, first: mismatches.slice(0, 12) }).toEqual({ documents: 0, first: [] });
  }, 900_000);
});
