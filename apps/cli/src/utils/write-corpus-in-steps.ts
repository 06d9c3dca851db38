import { readFileSync, statSync, writeFileSync } from 'node:fs';

import {
  type ManifestEntry,
  type SampleFormat,
  type SampleRegion,
  writeSampleCorpus,
  type WriteSampleCorpusOptions,
  type WriteSampleCorpusResult,
} from '@gongkai/sample-corpus';

export type WriteCorpusFn = (options: WriteSampleCorpusOptions) => WriteSampleCorpusResult;

type Manifest = { reports: ManifestEntry[] } & Record<string, unknown>;

function readManifest(path: string): Manifest {
  const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof json !== 'object' || json === null || !('reports' in json) || !Array.isArray(json.reports)) {
    throw new Error(`unexpected manifest shape in ${path}`);
  }

  return json as Manifest;
}

/**
 * writeSampleCorpus one region at a time, so a long run (--all: ~2,800 counties) can show progress, then
 * one manifest for all. Each region's series depends only on the seed and the region, so the files are
 * the same as those of a single call; the manifest keeps the generator's own fields and lists every report.
 */
export function writeCorpusInSteps(
  options: WriteSampleCorpusOptions,
  onRegion: (done: number, total: number, region: SampleRegion) => void = () => undefined,
  write: WriteCorpusFn = writeSampleCorpus,
): WriteSampleCorpusResult {
  const started = process.hrtime.bigint();
  if (options.regions.length <= 1) {
    const result = write(options);
    if (options.regions[0]) onRegion(1, 1, options.regions[0]);

    return result;
  }
  const byFormat: Record<SampleFormat, number> = { txt: 0, html: 0, docx: 0 };
  const reports: ManifestEntry[] = [];
  let manifest: Manifest | null = null;
  let manifestPath = '';
  let files = 0;
  let bytes = 0;
  let withErrors = 0;
  options.regions.forEach((region, i) => {
    const step = write({ ...options, regions: [region] });
    manifestPath = step.manifest;
    manifest = readManifest(step.manifest);
    reports.push(...manifest.reports);
    // Each step counts its own manifest; the final one replaces them all.
    files += step.files - 1;
    bytes += step.bytes - statSync(step.manifest).size;
    withErrors += step.withErrors;
    for (const format of Object.keys(byFormat) as SampleFormat[]) byFormat[format] += step.byFormat[format];
    onRegion(i + 1, options.regions.length, region);
  });
  const merged = `${JSON.stringify({ ...(manifest ?? {}), reports }, null, 2)}\n`;
  writeFileSync(manifestPath, merged);

  return {
    regions: new Set(reports.map((r) => r.regionCode)).size,
    reports: reports.length,
    files: files + 1,
    bytes: bytes + Buffer.byteLength(merged),
    withErrors,
    byFormat,
    manifest: manifestPath,
    elapsedMs: Number(process.hrtime.bigint() - started) / 1e6,
  };
}
