import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** ../shared/corpus/real from the repository root (never copied into the repository). */
export const REAL_CORPUS_DIR = resolve(__dirname, '..', '..', '..', '..', '..', 'shared', 'corpus', 'real');

/** Every document of the real corpus; [] when ../shared is absent (and then a failure under CI=true). */
export function realCorpusDocuments(): string[] {
  if (!existsSync(REAL_CORPUS_DIR)) {
    if (process.env['CI'] === 'true') throw new Error(`The real corpus is missing at ${REAL_CORPUS_DIR} (required under CI=true)`);
    console.warn(`Skipping real-corpus checks: ${REAL_CORPUS_DIR} is absent`);

    return [];
  }

  return readdirSync(REAL_CORPUS_DIR)
    .sort()
    .flatMap((dir) =>
      readdirSync(join(REAL_CORPUS_DIR, dir))
        .filter((f) => /\.(txt|html?|docx|pdf)$/i.test(f))
        .map((f) => join(REAL_CORPUS_DIR, dir, f)),
    );
}
