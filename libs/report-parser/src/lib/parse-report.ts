import { type DocBlock, type DocumentModel, type SourceFormat } from './model/document-model';
import { type ParsedReport } from './model/parsed-report';
import { ReportParseError } from './model/report-parse-error';
import { asParseError, extractDocument, extractDocumentAsync } from './extract/extract-document';
import { detectTemplate } from './locate/detect-template';
import { extractProse } from './locate/prose';
import { findSections } from './locate/sections';
import { tablesFromStrippedText } from './locate/stripped-text';
import { describe } from './describe/describe';
import { completeValues } from './map/derive-values';
import { mapTables } from './map/map-tables';
import { SCRIPT_SAMPLE_CHARS, looksTraditional, toSimplified } from './normalise/traditional';
import { readingFindings, reviewOf } from './validate/reading-findings';
import { validateReport } from './validate/validate-report';

export const PARSER_VERSION = '0.4.0';

export type ParseOptions = {
  /** File name, used only to help format detection ('report.docx'). */
  fileName?: string;
  /** Skip detection when the caller knows the format. */
  format?: SourceFormat;
  /** Where the document was downloaded from; its host helps region resolution. */
  sourceUrl?: string;
};

/** Reads any supported document (txt, html, docx, pdf). Rejects with a ReportParseError, never anything else. */
export async function parseReport(input: Uint8Array | string, options: ParseOptions = {}): Promise<ParsedReport> {
  let model: DocumentModel;
  try {
    model = await extractDocumentAsync(input, options);
  } catch (error) {
    throw asParseError(error);
  }

  return parseDocumentModel(model, options);
}

/** The synchronous path for txt, html and docx (PDF needs the asynchronous reader in its worker thread). */
export function parseReportSync(input: Uint8Array | string, options: ParseOptions = {}): ParsedReport {
  if (options.format === 'pdf') throw new ReportParseError('UNSUPPORTED_FORMAT', 'PDF needs the asynchronous parseReport');

  return parseDocumentModel(extractDocument(input, options), options);
}

/** Traditional-script documents are converted character by character before any matching (D13). */
function simplify(model: DocumentModel): { model: DocumentModel; hant: boolean } {
  const sample: string[] = [];
  let length = 0;
  // looksTraditional reads only the first SCRIPT_SAMPLE_CHARS of the sample, so collecting stops there.
  collect: for (const block of model.blocks) {
    if (length >= SCRIPT_SAMPLE_CHARS) break;
    if (block.kind === 'paragraph') {
      sample.push(block.text);
      length += block.text.length;
    } else {
      for (const line of block.grid) {
        for (const cell of line) {
          if (cell.covered || !cell.text) continue;
          sample.push(cell.text);
          length += cell.text.length;
          if (length >= SCRIPT_SAMPLE_CHARS) break collect;
        }
      }
    }
  }
  if (model.meta.title && length < SCRIPT_SAMPLE_CHARS) sample.push(model.meta.title);
  if (!looksTraditional(sample.join(''))) return { model, hant: false };
  const blocks: DocBlock[] = model.blocks.map((block) =>
    block.kind === 'paragraph'
      ? { ...block, text: toSimplified(block.text) }
      : { ...block, grid: block.grid.map((line) => line.map((cell) => ({ ...cell, text: toSimplified(cell.text) }))) },
  );
  const metaTags = model.meta.metaTags ? Object.fromEntries(Object.entries(model.meta.metaTags).map(([k, v]) => [k, toSimplified(v)])) : undefined;

  return {
    model: { ...model, blocks, meta: { ...model.meta, ...(model.meta.title ? { title: toSimplified(model.meta.title) } : {}), ...(metaTags ? { metaTags } : {}) } },
    hant: true,
  };
}

/** Map → plain record; a loop is several times faster than Object.fromEntries for ~600 keys. */
function toRecord<T>(map: ReadonlyMap<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of map) out[key] = value;

  return out;
}

/** Locate, map, describe and validate an extracted document. */
export function parseDocumentModel(input: DocumentModel, options: ParseOptions = {}): ParsedReport {
  try {
    return parseModel(input, options);
  } catch (error) {
    throw asParseError(error);
  }
}

function parseModel(input: DocumentModel, options: ParseOptions): ParsedReport {
  const { model, hant } = simplify(input);
  const sections = findSections(model);
  const numerals = sections.map((s) => s.numeral);
  const evidence = detectTemplate(model);
  const description = describe(model, sections, options.sourceUrl ? { sourceUrl: options.sourceUrl } : {});
  const reportLike = description.title !== null || (description.body.includes('政府信息公开') && /年度?报告|年报/.test(description.body));
  // Started right but stops before the later sections: the tables were cut off (TRUNCATED), as
  // opposed to a complete report that simply has no template tables (NONSTANDARD_REPORT).
  const endsEarly = !numerals.includes('五') && !numerals.includes('六') && (numerals.length > 0 || description.title !== null);

  if (evidence.template === 'nonstandard') {
    if (!reportLike) throw new ReportParseError('NOT_A_REPORT');
    throw new ReportParseError(endsEarly ? 'TRUNCATED' : 'NONSTANDARD_REPORT');
  }
  const template = evidence.template;
  let mapped = mapTables(model, template, hant);
  let ambiguous = mapped.ambiguous;
  const rebuilt: string[] = [];
  if (mapped.counts.t2 + mapped.counts.t3 + mapped.counts.t4 === 0) {
    // No table in the structure, but the template's labels are in the text: whitespace was stripped.
    const stripped = tablesFromStrippedText(description.body, template, model.blocks.filter((b) => b.kind === 'table').length);
    if (stripped) {
      mapped = mapTables({ ...model, blocks: [...model.blocks, ...stripped.tables] }, template, hant);
      ambiguous = [...stripped.ambiguous, ...mapped.ambiguous];
      rebuilt.push('Tables rebuilt from text without whitespace: each run of digits split only where the template arithmetic allows one split');
    }
  }
  const notes = [...mapped.notes, ...rebuilt];
  if (mapped.counts.t2 + mapped.counts.t3 + mapped.counts.t4 === 0 && ambiguous.length === 0) {
    if (!reportLike) throw new ReportParseError('NOT_A_REPORT');
    throw new ReportParseError(endsEarly ? 'TRUNCATED' : 'NONSTANDARD_REPORT');
  }
  if ((mapped.counts.t3 === 0 || mapped.counts.t4 === 0) && endsEarly) {
    throw new ReportParseError('TRUNCATED', mapped.counts.t3 === 0 ? 'Table 3 is missing' : 'Table 4 is missing');
  }
  for (const table of ['t2', 't3', 't4'] as const) if (mapped.counts[table] === 0) notes.push(`Table ${table.slice(1)} was not found`);
  if (hant) notes.push('Traditional characters converted to Simplified before matching (OpenCC t2s characters)');

  const values = completeValues(mapped.values, template);
  const report: ParsedReport = {
    parserVersion: PARSER_VERSION,
    format: model.format,
    ...(model.meta.encoding ? { encoding: model.meta.encoding } : {}),
    title: description.title,
    issuer: description.issuer,
    issuerKind: description.issuerKind,
    year: description.year,
    template,
    publishedOn: description.publishedOn,
    period: description.period,
    scope: description.scope,
    script: hant ? 'hant' : 'hans',
    sampleData: description.sampleData,
    location: description.location,
    sections: numerals,
    prose: extractProse(model, sections),
    values: toRecord(values),
    extraRows: mapped.extraRows,
    findings: [],
    notes,
    needsReview: false,
    reviewReasons: [],
  };
  report.findings = [...validateReport({ ...report, values, narrative: description.body }), ...readingFindings(mapped.extraRows, ambiguous)];
  Object.assign(report, reviewOf(report.findings));

  return report;
}
