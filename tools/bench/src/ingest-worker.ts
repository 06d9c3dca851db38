import { parentPort } from 'node:worker_threads';

import { isReportParseError, type ParsedReport, parseReportSync } from '@gongkai/report-parser';
import { generateReportSeries, NATIONAL_CATALOGUE, renderSample, type SampleFormat } from '@gongkai/sample-corpus';

import { threadCpuMs } from './ingest-cpu';
import { crossYearWithinGroup, normalizeIssuerName, resolveRegionCode, type RowsOutcome, toReportRows, type ValueEncoding } from './ingest-rows';

/** One generated document, kept in memory by the main thread between the generate and ingest phases. */
export type GeneratedDoc = { regionCode: string; year: number; fileName: string; format: SampleFormat; bytes: Uint8Array };

export type WorkerRequest =
  | { type: 'generate'; id: number; regionCodes: string[]; years: number[]; seed: number; formats: SampleFormat[] }
  | { type: 'parse'; id: number; docs: { fileName: string; bytes: Uint8Array }[]; valueEncoding: ValueEncoding }
  | { type: 'cpu'; id: number };

/** Wall-clock ms of each stage in this worker (shares of the worker's thread CPU, see ingest.bench.ts). */
export type StageTimes = { parse: number; resolve: number; crossYear: number; rows: number };

export type WorkerResponse =
  | { type: 'generate'; id: number; docs: GeneratedDoc[] }
  | { type: 'parse'; id: number; outcomes: RowsOutcome[]; times: StageTimes }
  | { type: 'cpu'; id: number; cpuMs: number };

function generate(request: Extract<WorkerRequest, { type: 'generate' }>): GeneratedDoc[] {
  const docs: GeneratedDoc[] = [];
  let k = 0;
  for (const code of request.regionCodes) {
    const region = NATIONAL_CATALOGUE.getRegion(code);
    if (!region) continue;
    for (const sample of generateReportSeries({ region, years: request.years, seed: request.seed })) {
      // Formats rotate over the documents so every format is in the mix in equal parts.
      const format = request.formats[(k++ + sample.year) % request.formats.length] as SampleFormat;
      docs.push({ regionCode: code, year: sample.year, fileName: `${sample.id}.${format}`, format, bytes: renderSample(sample, format) });
    }
  }

  return docs;
}

function parseGroup(docs: { fileName: string; bytes: Uint8Array }[], valueEncoding: ValueEncoding): { outcomes: RowsOutcome[]; times: StageTimes } {
  const times: StageTimes = { parse: 0, resolve: 0, crossYear: 0, rows: 0 };
  const kept: { parsed: ParsedReport; issuerKey: string; index: number; regionCode: string }[] = [];
  const outcomes: (RowsOutcome | null)[] = docs.map(() => null);
  docs.forEach((doc, index) => {
    let t = performance.now();
    let parsed: ParsedReport;
    try {
      // parseReportSync = extract + locate + map + describe + validate (the api's parseReport does the same).
      parsed = parseReportSync(doc.bytes, { fileName: doc.fileName });
    } catch (error) {
      outcomes[index] = { ok: false, fileName: doc.fileName, code: isReportParseError(error) ? error.code : 'CORRUPT_FILE' };
      times.parse += performance.now() - t;

      return;
    }
    times.parse += performance.now() - t;
    if (parsed.year === null) {
      outcomes[index] = { ok: false, fileName: doc.fileName, code: 'YEAR_UNKNOWN' };

      return;
    }
    t = performance.now();
    const region = resolveRegionCode(parsed);
    times.resolve += performance.now() - t;
    if ('error' in region) {
      outcomes[index] = { ok: false, fileName: doc.fileName, code: region.error };

      return;
    }
    kept.push({ parsed, issuerKey: `${region.code}|${normalizeIssuerName(parsed.issuer ?? '')}`, index, regionCode: region.code });
  });
  let t = performance.now();
  const crossYear = crossYearWithinGroup(kept);
  times.crossYear += performance.now() - t;
  t = performance.now();
  kept.forEach((k, i) => {
    const doc = docs[k.index] as { fileName: string; bytes: Uint8Array };
    outcomes[k.index] = { ok: true, rows: toReportRows(k.parsed, { fileName: doc.fileName, bytes: doc.bytes, regionCode: k.regionCode }, crossYear[i], valueEncoding) };
  });
  times.rows += performance.now() - t;

  return { outcomes: outcomes.map((o, i) => o ?? { ok: false, fileName: docs[i]?.fileName ?? '?', code: 'INTERNAL' }), times };
}

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  if (request.type === 'generate') response = { type: 'generate', id: request.id, docs: generate(request) };
  else if (request.type === 'parse') response = { type: 'parse', id: request.id, ...parseGroup(request.docs, request.valueEncoding) };
  else response = { type: 'cpu', id: request.id, cpuMs: threadCpuMs() };
  parentPort?.postMessage(response);
});
