import { type SourceFormat } from '@gongkai/report-parser';

import { type BenchDocument } from './corpus-files';

export type GeneratedDocuments = { byFormat: Map<SourceFormat, BenchDocument[]>; notes: string[] };

/** Generated documents per format (placeholder until tools/sample-corpus exports its renderers). */
export function generateSampleDocuments(options: { perFormat: number; seed: number }): GeneratedDocuments {
  void options;

  return { byFormat: new Map(), notes: ['Generated samples: tools/sample-corpus does not export its renderers yet.'] };
}
