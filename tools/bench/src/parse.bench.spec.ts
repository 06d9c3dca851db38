import { type Timing } from './lib/stats';
import { type ParseBenchResult, type ParseBenchRow, renderParseMarkdown } from './parse.bench';

const timing = (median: number, cpuMedian = median): Timing => ({ runs: 300, median, p95: median * 2, min: median / 2, mean: median, cpuMedian });

function row(overrides: Partial<ParseBenchRow>): ParseBenchRow {
  return {
    name: 'x/report.txt',
    format: 'txt',
    documents: 1,
    bytes: 7696,
    pages: null,
    total: timing(0.2),
    extract: timing(0.05),
    model: timing(0.12),
    validate: timing(0.02),
    met: true,
    ...overrides,
  };
}

const result: ParseBenchResult = {
  machine: { nproc: 2, cpu: 'Test CPU', node: 'v20.20.2', date: '2026-11-27', load: 0.5, commit: { hash: 'abc1234', parserDirty: true } },
  options: { runs: 300, docxRuns: 200, pdfRuns: 30, samplesPerFormat: 20, seed: 1, convertRuns: 5, corpusDir: '/corpus' },
  corpus: [
    row({}),
    row({ name: 'y/page.html', format: 'html', bytes: 110 * 1024, total: timing(4, 2.5) }),
    row({ name: 'z/report.pdf', format: 'pdf', bytes: 300_000, pages: 5, total: timing(200) }),
    row({ name: 'w/report.pdf', format: 'pdf', total: null, error: 'NO_TEXT_LAYER: scan' }),
  ],
  office: [
    {
      conversion: { name: 'p.libreoffice.doc', format: 'doc', bytes: 140_288, pages: 7, conversions: 5, convertMedian: 4200, convertMin: 4000, convertCpuMedian: 2100, docx: null },
      parse: row({ name: 'p.libreoffice.doc → docx', format: 'docx', bytes: 30_000, total: timing(14, 7) }),
    },
    { conversion: { name: 'broken.doc', format: 'doc', bytes: 600, pages: null, conversions: 0, convertMedian: null, convertMin: null, convertCpuMedian: null, docx: null, error: 'CONVERT_FAILED: soffice failed' }, parse: null },
  ],
  samples: [row({ name: 'generated docx', format: 'docx', documents: 20, total: timing(12, 11) })],
  notes: ['a note'],
};

describe('renderParseMarkdown', () => {
  const markdown = renderParseMarkdown(result, 'npm run bench -- parse --write');
  const tableRow = (name: string) => markdown.split('\n').find((line) => line.startsWith(`| ${name} |`)) ?? '';

  it('states the command and the machine next to the figures', () => {
    expect(markdown).toContain('`npm run bench -- parse --write`');
    expect(markdown).toContain('Test CPU, nproc 2, Node v20.20.2; measured 2026-11-27');
    expect(markdown).toContain('Code: commit abc1234 with uncommitted changes in libs/report-parser.');
  });

  it('judges each median against its format target, telling a busy machine apart', () => {
    expect(tableRow('x/report.txt')).toContain('| 5,000 |');
    expect(tableRow('x/report.txt').endsWith('| ≤ 0.3 ms (seed-style txt) | ✓ |')).toBe(true);
    expect(tableRow('y/page.html').endsWith('| ✓ (CPU) |')).toBe(true);
    expect(tableRow('z/report.pdf')).toContain('200.0 ms (40.0 ms/page)');
    expect(tableRow('z/report.pdf').endsWith('| ✗ |')).toBe(true);
    expect(tableRow('20 generated').endsWith('| ≤ 10 ms | ✗ |')).toBe(true);
  });

  it('shows the stage breakdown with validation taken out of the model stage', () => {
    // locate + map + describe = 0.12 − 0.02 CPU ms.
    expect(tableRow('x/report.txt')).toContain('| 0.050 ms | 0.100 ms | 0.020 ms |');
  });

  it('keeps documents the parser refused, with the reason', () => {
    expect(tableRow('w/report.pdf')).toContain('not parsed: NO_TEXT_LAYER: scan');
    expect(markdown).toContain('- a note');
  });

  it('gives an office document its conversion and parse times, per document and per page', () => {
    const line = tableRow('p.libreoffice.doc');
    expect(line).toContain('| doc | 137.0 KB | 7 | 5 |');
    expect(line).toContain('4200.0 ms (600.0 ms/page)');
    expect(line).toContain('14.0 ms (2.00 ms/page)');
    // total = conversion median + parse median, and per page.
    expect(line).toContain('| 4214.0 ms | 602.0 ms |');
    expect(tableRow('broken.doc')).toContain('not read: CONVERT_FAILED: soffice failed');
  });
});
