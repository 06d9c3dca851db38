import { appendFileSync } from 'node:fs';

import { isReportParseError, parseReportSync } from '@gongkai/report-parser';

import { renderSample, SAMPLE_FORMATS, type SampleFormat } from '../src';
import { manySamples } from './helpers';
import { compareParsed, knownParserIssue, type Mismatch } from './roundtrip';

/**
 * Generate → render → parse → compare, over ≥ 1,000 documents per format with a fixed seed. Every value
 * and every strict ERROR finding must come back exactly as the generator printed it.
 * ROUNDTRIP_DOCS overrides the count (e.g. 200 for a quick local run); ROUNDTRIP_REPORT=<file> appends
 * the mismatches as JSON lines for triage. Mismatches that are known parser issues (written up in
 * /work/agent-notes/roundtrip-findings.md) are counted and printed but do not fail the test unless
 * ROUNDTRIP_STRICT=1; any other mismatch fails it.
 */
const STRICT = process.env.ROUNDTRIP_STRICT === '1';
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
    const byId = new Map(samples.map((s) => [s.id, s]));
    const knownFirst = STRICT ? [] : mismatches.filter((m) => knownParserIssue(byId.get(m.doc), m) !== null);
    // A value lost to a known issue also changes which rules are decidable: the failing-rule list of
    // such a document follows the same issue.
    const knownDocs = new Set(knownFirst.map((m) => m.doc));
    const known = [...knownFirst, ...mismatches.filter((m) => m.field === 'failing_rules' && knownDocs.has(m.doc))];
    const unknown = mismatches.filter((m) => !known.includes(m));
    const exact = samples.length - new Set(mismatches.map((m) => m.doc)).size;
    const docsWithMismatch = new Set(unknown.map((m) => m.doc)).size;
    const issues = [...new Set(knownFirst.map((m) => knownParserIssue(byId.get(m.doc), m)))].join(', ');
    console.info(
      `round trip ${format}: ${samples.length} documents in ${ms.toFixed(0)} ms (render + parse); ${exact} exact, ` +
        `${new Set(known.map((m) => m.doc)).size} with known parser issues only${issues ? ` (${issues})` : ''}, ${docsWithMismatch} with other mismatches`,
    );
    if (process.env.ROUNDTRIP_REPORT) {
      appendFileSync(process.env.ROUNDTRIP_REPORT, mismatches.map((m) => JSON.stringify(m)).join('\n') + (mismatches.length ? '\n' : ''));
    }
    // Show the first few in full; the count says how widespread.
    expect({ documents: docsWithMismatch, first: unknown.slice(0, 12) }).toEqual({ documents: 0, first: [] });
    // The known issues may not swallow everything: most documents must read back exactly.
    expect(exact / samples.length).toBeGreaterThan(0.6);
  }, 900_000);
});
