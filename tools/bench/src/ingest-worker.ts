import { parentPort } from 'node:worker_threads';

import { generateReportSeries, NATIONAL_CATALOGUE, renderSample, type SampleFormat } from '@gongkai/sample-corpus';

/** One generated document, kept in memory by the main thread between the generate and ingest phases. */
export type GeneratedDoc = { regionCode: string; year: number; fileName: string; format: SampleFormat; bytes: Uint8Array };

export type WorkerRequest = { type: 'generate'; id: number; regionCodes: string[]; years: number[]; seed: number; formats: SampleFormat[] };

export type WorkerResponse = { type: 'generate'; id: number; docs: GeneratedDoc[] };

/** Generation only: the timed ingest runs the report store's own writeBatch (its worker threads parse). */
function generate(request: WorkerRequest): GeneratedDoc[] {
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

parentPort?.on('message', (request: WorkerRequest) => {
  parentPort?.postMessage({ type: 'generate', id: request.id, docs: generate(request) } satisfies WorkerResponse);
});
