import { BENCHMARKS_DOC_HEADER, replaceSection } from './benchmarks-doc';

describe('replaceSection', () => {
  const doc = [
    '# Benchmarks',
    '',
    'intro',
    '',
    '<!-- bench:parse:start -->',
    'old parse figures',
    '<!-- bench:parse:end -->',
    '',
    '<!-- bench:ingest:start -->',
    'ingest figures',
    '<!-- bench:ingest:end -->',
    '',
  ].join('\n');

  it('replaces only its own section and keeps the rest byte for byte', () => {
    const next = replaceSection(doc, 'parse', 'new parse figures\n');
    expect(next).toBe(doc.replace('old parse figures', 'new parse figures'));
  });

  it('appends a section the document does not have yet', () => {
    const next = replaceSection(BENCHMARKS_DOC_HEADER, 'query', 'q');
    expect(next.startsWith(BENCHMARKS_DOC_HEADER.trimEnd())).toBe(true);
    expect(next.endsWith('\n\n<!-- bench:query:start -->\nq\n<!-- bench:query:end -->\n')).toBe(true);
  });

  it('refuses a document whose markers are broken', () => {
    expect(() => replaceSection('<!-- bench:parse:end --> <!-- bench:parse:start -->', 'parse', 'x')).toThrow('broken markers');
    expect(() => replaceSection('<!-- bench:parse:start -->', 'parse', 'x')).toThrow('broken markers');
  });
});
