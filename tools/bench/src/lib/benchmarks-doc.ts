import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const startMarker = (name: string) => `<!-- bench:${name}:start -->`;
const endMarker = (name: string) => `<!-- bench:${name}:end -->`;

export const BENCHMARKS_DOC_HEADER = [
  '# Benchmarks',
  '',
  'Figures measured by `tools/bench` (`npm run bench -- <name> --write` from the repository root). Each',
  'section is written by its benchmark between `<!-- bench:<name>:start -->` and `<!-- bench:<name>:end -->`',
  'markers; text outside the markers is kept as it is.',
  '',
].join('\n');

/**
 * Replaces the section `name` between its markers (markers kept), or appends it when the document has
 * none. Everything outside the markers is left byte for byte.
 */
export function replaceSection(doc: string, name: string, content: string): string {
  const start = startMarker(name);
  const end = endMarker(name);
  const block = `${start}\n${content.trim()}\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from === -1 && to === -1) return `${doc.trimEnd()}\n\n${block}\n`;
  if (from === -1 || to === -1 || to < from) throw new Error(`docs/BENCHMARKS.md: broken markers for section "${name}"`);

  return doc.slice(0, from) + block + doc.slice(to + end.length);
}

/** Writes a section into the benchmarks document, creating the document if needed. */
export function writeSection(path: string, name: string, content: string): void {
  const doc = existsSync(path) ? readFileSync(path, 'utf8') : BENCHMARKS_DOC_HEADER;
  writeFileSync(path, replaceSection(doc, name, content));
}
