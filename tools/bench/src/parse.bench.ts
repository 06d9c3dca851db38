import {
  extractDocument,
  extractDocumentAsync,
  type DocumentModel,
  isReportParseError,
  parseDocumentModel,
  parseReport,
  parseReportSync,
  type ParsedReport,
  type SourceFormat,
  validateReport,
} from '@gongkai/report-parser';

import { type BenchDocument, readDocumentFolder, readOfficeFolder, readRealCorpus } from './lib/corpus-files';
import { kb, markdownTable, ms, perSecond } from './lib/format';
import { describeMachine, type Machine, machineLine } from './lib/machine';
import { realCorpusDir, repoRoot } from './lib/paths';
import { measureAsync, measureSync, type MeasureOptions, type Timing } from './lib/stats';
import { docxFromParsed, generateSampleDocuments } from './lib/sample-documents';
import { benchOfficeDocuments, type OfficeBenchRow } from './office.bench';

export type ParseBenchOptions = {
  /** Timed runs per txt/html document (default 300; at least 200 for published figures). */
  runs: number;
  docxRuns: number;
  pdfRuns: number;
  /** Generated documents per format. */
  samplesPerFormat: number;
  seed: number;
  corpusDir: string;
  /** A folder of further documents to measure, one row each (real-producer variants; .doc/.rtf/.odt/.wps go through LibreOffice). */
  extraDir?: string;
  /** LibreOffice conversions per office document of extraDir (each takes seconds). */
  convertRuns: number;
  log: (line: string) => void;
};

export const DEFAULT_PARSE_BENCH_OPTIONS: Omit<ParseBenchOptions, 'corpusDir' | 'log'> = {
  runs: 300,
  docxRuns: 200,
  pdfRuns: 30,
  samplesPerFormat: 20,
  seed: 1,
  convertRuns: 5,
};

/** The budget of each format (docs/BENCHMARKS.md states them next to the figures). */
export const TARGETS: Record<SourceFormat, { text: string; limitMs: (bytes: number, pages: number) => number }> = {
  txt: { text: '≤ 0.3 ms (seed-style txt)', limitMs: () => 0.3 },
  // The target is set for the 110 KB real page; larger pages get the same budget per 110 KB.
  html: { text: '≤ 3 ms per 110 KB page', limitMs: (bytes) => 3 * Math.max(1, bytes / (110 * 1024)) },
  docx: { text: '≤ 10 ms', limitMs: () => 10 },
  pdf: { text: '≤ 30 ms per page', limitMs: (_bytes, pages) => 30 * Math.max(1, pages) },
};

export type ParseBenchRow = {
  name: string;
  format: SourceFormat;
  /** Documents measured in this row (1 for a corpus file, N for a generated set). */
  documents: number;
  /** Mean size of the row's documents. */
  bytes: number;
  pages: number | null;
  total: Timing | null;
  extract: Timing | null;
  /** parseDocumentModel: locate, map, describe and validate. */
  model: Timing | null;
  validate: Timing | null;
  met: boolean | null;
  error?: string;
};

export type ParseBenchResult = {
  machine: Machine;
  options: Omit<ParseBenchOptions, 'log'>;
  corpus: ParseBenchRow[];
  /** Office documents of extraDir: their conversion, and the parse of the .docx it made. */
  office: { conversion: OfficeBenchRow; parse: ParseBenchRow | null }[];
  samples: ParseBenchRow[];
  notes: string[];
};

function runsFor(format: SourceFormat, options: ParseBenchOptions): MeasureOptions {
  const runs = format === 'pdf' ? options.pdfRuns : format === 'docx' ? options.docxRuns : options.runs;

  // Each stage below gets its own warm-up too; this one only warms the code path being measured.
  return { runs, warmup: format === 'pdf' ? Math.max(3, Math.ceil(runs / 10)) : Math.max(20, Math.ceil(runs / 5)) };
}

async function extract(doc: BenchDocument): Promise<DocumentModel> {
  return doc.format === 'pdf' ? extractDocumentAsync(doc.bytes, { fileName: doc.fileName }) : extractDocument(doc.bytes, { fileName: doc.fileName });
}

/** Times a set of documents of one format: each run parses the next document of the set. */
async function benchSet(
  name: string,
  format: SourceFormat,
  docs: readonly BenchDocument[],
  options: ParseBenchOptions,
): Promise<{ row: ParseBenchRow; reports: ParsedReport[] }> {
  const bytes = docs.reduce((sum, d) => sum + d.bytes.byteLength, 0) / docs.length;
  const row: ParseBenchRow = { name, format, documents: docs.length, bytes, pages: null, total: null, extract: null, model: null, validate: null, met: null };
  const at = (i: number) => docs[i % docs.length] as BenchDocument;
  const runs = runsFor(format, options);
  let models: DocumentModel[];
  let reports: ParsedReport[];
  try {
    models = await Promise.all(docs.map(extract));
    reports = models.map((model, i) => parseDocumentModel(model, { fileName: at(i).fileName }));
  } catch (error) {
    row.error = isReportParseError(error) ? `${error.code}: ${error.message}` : String(error);
    options.log(`  ${name}: not parsed (${row.error})`);

    return { row, reports: [] };
  }
  const pageCounts = models.map((m) => m.meta.pageCount).filter((n): n is number => typeof n === 'number');
  if (format === 'pdf' && pageCounts.length > 0) row.pages = pageCounts.reduce((a, b) => a + b, 0) / pageCounts.length;

  row.total =
    format === 'pdf'
      ? await measureAsync((i) => parseReport(at(i).bytes, { fileName: at(i).fileName }), runs)
      : measureSync((i) => parseReportSync(at(i).bytes, { fileName: at(i).fileName }), runs);
  row.extract =
    format === 'pdf'
      ? await measureAsync((i) => extractDocumentAsync(at(i).bytes, { fileName: at(i).fileName }), runs)
      : measureSync((i) => extractDocument(at(i).bytes, { fileName: at(i).fileName }), runs);
  const textRuns = { runs: Math.max(runs.runs, 200), warmup: Math.max(runs.warmup, 20) };
  row.model = measureSync((i) => parseDocumentModel(models[i % models.length] as DocumentModel, { fileName: at(i).fileName }), textRuns);
  row.validate = measureSync((i) => validateReport(reports[i % reports.length] as ParsedReport), textRuns);
  row.met = row.total.median <= TARGETS[format].limitMs(bytes, row.pages ?? 1);
  options.log(`  ${name}: median ${ms(row.total.median)}, p95 ${ms(row.total.p95)} (${row.total.runs} runs)`);

  return { row, reports };
}

export async function runParseBench(options: ParseBenchOptions): Promise<ParseBenchResult> {
  const notes: string[] = [];
  const corpus: ParseBenchRow[] = [];
  const realDocs = readRealCorpus(options.corpusDir);
  if (realDocs.length === 0) notes.push(`The real corpus (${options.corpusDir}) is absent: no real-document figures.`);
  options.log(`parse: ${realDocs.length} real documents`);
  const docx: BenchDocument[] = [];
  const docxSources = new Set<string>();
  for (const doc of realDocs) {
    const { row, reports } = await benchSet(doc.name, doc.format, [doc], options);
    corpus.push(row);
    const id = doc.name.split('/')[0] ?? doc.name;
    const report = reports[0];
    if (report && !docxSources.has(id)) {
      const rendered = docxFromParsed(report, id, options.seed);
      if (rendered) {
        docx.push(rendered);
        docxSources.add(id);
      }
    }
  }
  if (realDocs.length > 0 && !realDocs.some((d) => d.format === 'docx')) {
    notes.push(
      'The real corpus has no .docx. Each `… → docx` row is a Word file written by the sample generator\'s docx writer with every table cell holding the raw text parsed from that real document (the real numbers in the generator\'s layout and paragraphs).',
    );
  }
  for (const doc of docx) corpus.push((await benchSet(doc.name, 'docx', [doc], options)).row);
  if (options.extraDir) {
    const extra = readDocumentFolder(options.extraDir);
    options.log(`parse: ${extra.length} documents from ${options.extraDir}`);
    for (const doc of extra) corpus.push((await benchSet(doc.name, doc.format, [doc], options)).row);
  }
  const office: ParseBenchResult['office'] = [];
  const officeDocs = options.extraDir ? readOfficeFolder(options.extraDir) : [];
  if (officeDocs.length > 0) {
    options.log(`parse: ${officeDocs.length} office documents from ${options.extraDir}, ${options.convertRuns} LibreOffice conversions each`);
    for (const conversion of await benchOfficeDocuments(officeDocs, options.convertRuns, options.log)) {
      const docx = conversion.docx ? { name: `${conversion.name} → docx`, format: 'docx' as const, bytes: conversion.docx, fileName: 'converted.docx' } : null;
      office.push({ conversion, parse: docx ? (await benchSet(docx.name, 'docx', [docx], options)).row : null });
    }
  }

  const samples: ParseBenchRow[] = [];
  const generated = generateSampleDocuments({ perFormat: options.samplesPerFormat, seed: options.seed });
  notes.push(...generated.notes);
  for (const [format, docs] of generated.byFormat) {
    if (docs.length === 0) continue;
    options.log(`parse: ${docs.length} generated ${format} documents`);
    samples.push((await benchSet(`generated ${format}`, format, docs, options)).row);
  }
  const { log: _log, ...rest } = options;

  return { machine: describeMachine(new Date(), repoRoot()), options: rest, corpus, office, samples, notes };
}

function metCell(row: ParseBenchRow): string {
  if (!row.total) return '✗';
  const limit = TARGETS[row.format].limitMs(row.bytes, row.pages ?? 1);
  if (row.total.median <= limit) return '✓';

  // Wall time includes waiting for the CPU when the machine is shared; CPU time does not.
  return row.total.cpuMedian <= limit ? '✓ (CPU)' : '✗';
}

function rowCells(row: ParseBenchRow, label: string): string[] {
  const target = TARGETS[row.format].text;
  if (!row.total || !row.extract || !row.model || !row.validate) {
    return [label, row.format, kb(row.bytes), '—', `not parsed: ${row.error ?? 'unknown'}`, '—', '—', '—', '—', '—', '—', target, '✗'];
  }
  const perPage = (value: number) => (row.format === 'pdf' && row.pages ? ` (${ms(value / row.pages)}/page)` : '');
  // parseDocumentModel includes validation; the map share is what is left when validation is taken out.
  const mapMs = Math.max(0, row.model.cpuMedian - row.validate.cpuMedian);

  return [
    label,
    row.format + (row.pages ? `, ${row.pages} pages` : ''),
    kb(row.bytes),
    String(row.total.runs),
    `${ms(row.total.median)}${perPage(row.total.median)}`,
    ms(row.total.p95),
    `${ms(row.total.cpuMedian)}${perPage(row.total.cpuMedian)}`,
    perSecond(row.total.cpuMedian),
    ms(row.extract.cpuMedian),
    ms(mapMs),
    ms(row.validate.cpuMedian),
    target,
    metCell(row),
  ];
}

const HEADER = [
  'document',
  'format',
  'size',
  'runs',
  'median',
  'p95',
  'CPU median',
  'docs/s (1 core)',
  'extract',
  'locate + map + describe',
  'validate',
  'target',
  'met',
];

export function renderParseMarkdown(result: ParseBenchResult, command: string): string {
  const { options } = result;
  const lines = [
    '## Parse speed',
    '',
    `Command (from the repository root, after \`npm run build\`): \`${command}\``,
    '',
    machineLine(result.machine),
    '',
    'How: one process; the parser runs synchronously on the main thread, except that PDFs are read by MuPDF (WebAssembly) in a' +
      ' worker thread of the parser (its CPU time is counted in *CPU median*). For each document,' +
      ' a warm-up, then every run timed on its own. Runs per document: ' +
      `txt/html ${options.runs}, docx ${options.docxRuns}, pdf ${options.pdfRuns}. *median* and *p95* are wall-clock times of the whole` +
      ' `parseReport` (bytes → ParsedReport). *CPU median* is the process CPU time per run (user + system, all' +
      ' threads), which other load on the machine does not inflate; *docs/s (1 core)* = 1000 / CPU median. The stage columns are CPU medians of' +
      ' separate runs: *extract* = `extractDocument` (bytes → DocumentModel), *validate* = `validateReport` on the' +
      ' parsed report, *locate + map + describe* = `parseDocumentModel` minus *validate*; measured apart, they need' +
      ' not add up to the total (garbage collection falls where it falls). *met*: ✓ when the median' +
      ' is within the target, ✓ (CPU) when only the CPU median is (the machine was busy), ✗ otherwise.',
    '',
    '### Real corpus (`../shared/corpus/real`)',
    '',
    result.corpus.length > 0 ? markdownTable(HEADER, result.corpus.map((row) => rowCells(row, row.name))) : '_The real corpus was absent._',
    '',
    ...officeSection(result),
    `### Generated samples (\`libs/sample-corpus\`, seed ${options.seed}, ${options.samplesPerFormat} documents per format)`,
    '',
    result.samples.length > 0
      ? markdownTable(
          HEADER.map((h) => (h === 'document' ? 'documents' : h === 'size' ? 'mean size' : h)),
          result.samples.map((row) => rowCells(row, `${row.documents} generated`)),
        )
      : '_No generated samples._',
    '',
    '**Targets** (median, one core): the 110 KB real HTML page ≤ 3 ms (larger pages: 3 ms per 110 KB); seed-style txt' +
      ' ≤ 0.3 ms; docx ≤ 10 ms; PDF ≤ 30 ms per page.',
  ];
  if (result.notes.length > 0) lines.push('', ...result.notes.map((note) => `- ${note}`));

  return `${lines.join('\n')}\n`;
}

const OFFICE_HEADER = ['document', 'format', 'size', 'pages', 'conversions', 'conversion median', 'conversion min', 'LibreOffice CPU median', 'parse of the .docx: median', 'CPU median', 'total per document', 'per page'];

/** The office documents: LibreOffice's conversion and the parser's read of its .docx, per document and per page. */
function officeSection(result: ParseBenchResult): string[] {
  if (result.office.length === 0) return [];
  const perPage = (value: number, pages: number | null) => (pages ? ms(value / pages) : '—');
  const rows = result.office.map(({ conversion: c, parse: p }) => {
    if (c.convertMedian === null || !p?.total) return [c.name, c.format, kb(c.bytes), '—', String(c.conversions), `not read: ${c.error ?? p?.error ?? 'unknown'}`, '—', '—', '—', '—', '—', '—'];
    const total = c.convertMedian + p.total.median;

    return [
      c.name,
      c.format,
      kb(c.bytes),
      c.pages === null ? '—' : String(c.pages),
      String(c.conversions),
      `${ms(c.convertMedian)} (${perPage(c.convertMedian, c.pages)}/page)`,
      ms(c.convertMin ?? c.convertMedian),
      c.convertCpuMedian === null ? '—' : ms(c.convertCpuMedian),
      `${ms(p.total.median)} (${perPage(p.total.median, c.pages)}/page)`,
      ms(p.total.cpuMedian),
      ms(total),
      perPage(total, c.pages),
    ];
  });

  return [
    '### Office documents converted by LibreOffice (`--extra`: .doc, .rtf, .odt, .wps)',
    '',
    'Read the way the api, `gongkai ingest` and the harvester read them: `convertIfOffice` of `@gongkai/document-convert` with a' +
      ' `LibreOfficeConverter` (one `soffice --headless --convert-to docx` subprocess a call, a fresh private profile, no network,' +
      ' `ulimit -v`, the call\'s folder removed after), then `parseReport` on the .docx it made. *conversion* is the wall time of' +
      ' the whole call, one conversion at a time (most of it is LibreOffice starting with a new profile);' +
      ' *LibreOffice CPU* is the user + system time of its processes (this process\'s waited-for children). *pages*: the page' +
      ' count LibreOffice writes into the .docx (docProps/app.xml), else the pages of its PDF export of that .docx. The parse columns time `parseReport` of that .docx as above.',
    '',
    markdownTable(OFFICE_HEADER, rows),
    '',
  ];
}

export { realCorpusDir };
