import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder upwards that holds nx.json (works from src and from dist). */
export function repoRoot(from: string = __dirname): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no nx.json above ${from}`);
    dir = parent;
  }

  return dir;
}

/** The real corpus lives beside the repository, never inside it (see ../shared/corpus/README.md). */
export function realCorpusDir(root: string = repoRoot()): string {
  return join(root, '..', 'shared', 'corpus', 'real');
}

export function benchmarksDocPath(root: string = repoRoot()): string {
  return join(root, 'docs', 'BENCHMARKS.md');
}
