import { type RuleId } from '@gongkai/domain';

import { type DocTable, type DocumentModel } from '../model/document-model';
import { type OcrSummary, type ParsedReport } from '../model/parsed-report';
import { modelFromTextLayer } from '../extract/pdf';
import { type PdfTextLayer } from '../extract/pdf/pdf-worker';
import { compact } from '../normalise/text';
import { type ParseOptions, parseDocumentModel } from '../parse-report';
import { reviewOfReport } from '../validate/ocr-review';

export { type PdfRule, type PdfTextLayer, type PdfTextItem } from '../extract/pdf/pdf-worker';

/** One cell the OCR engine found between the rules of a page, in reading order (rows top down, cells left to right). */
export type OcrCell = {
  /** 1-based page. */
  page: number;
  /** Fractions of the page from the top-left corner: [x0, y0, x1, y1]. */
  box: [number, number, number, number];
  /** The text read ('' for a cell without ink). */
  text: string;
  /** 0…1, the lowest confidence of the cell's words; 1 for a cell without ink, 0 for ink that read as nothing. */
  confidence: number;
};

/** What an OCR engine returns for a scanned document: positioned text and rules the PDF path reads, and its cells. */
export type ScanReading = {
  layer: PdfTextLayer;
  cells: OcrCell[];
  engine: string;
  dpi: number;
  msPerPage: number;
  /** Each page at the resolution read (greyscale PNG), for a person to compare a cell with. */
  pageImages: { page: number; mediaType: 'image/png' | 'image/jpeg'; bytes: Uint8Array; width: number; height: number; dpi: number }[];
};

/** The scan to read: one PDF, or images (one page each) in page order. */
export type ScanInput = { kind: 'pdf'; bytes: Uint8Array } | { kind: 'images'; pages: { fileName: string; bytes: Uint8Array }[] };

/** An OCR engine behind an adapter (libs/document-ocr): the store injects it as it injects the office converter. */
export interface ScanReader {
  read(input: ScanInput): Promise<ScanReading>;
}

/** Values read below this confidence make the report needs_review. */
export const OCR_CONFIDENCE_THRESHOLD = 0.9;

/** The rules whose arithmetic may choose between readings of an uncertain digit. */
const REFEREE_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['T3_BALANCE', 'T3_ROW_TOTAL', 'T3_RESULT_SUM', 'T4_GROUP_TOTAL']);

/** Digits OCR commonly confuses in printed tables (both directions). */
const CONFUSIONS: Record<string, string> = { '0': '869', '8': '0363', '6': '085', '9': '0', '1': '7', '7': '1', '3': '8', '5': '6' };

/** How many cells and alternative sets the referee tries (each try is one parse of the model, a few ms). */
const MAX_UNSURE_CELLS = 8;
const MAX_TRIES = 400;

type Slot = { table: DocTable; row: number; col: number; cell: OcrCell | null };

/**
 * A scanned report: the grid model from the OCR's positioned text and rules (the PDF path's own
 * `modelFromTextLayer`), parsed as any PDF, then checked by the template's arithmetic: where a rule fails and a
 * cell's digits could be a common confusion, the one alternative set that makes the rules hold is chosen and
 * recorded; if none or several do, the reading stays and the rule fails. Every value carries the OCR flag and
 * its cell's confidence; the report is needs_review unless every ERROR rule passes and every value is sure.
 */
export function parseScannedLayer(reading: Pick<ScanReading, 'layer' | 'cells' | 'engine' | 'dpi' | 'msPerPage'>, options: ParseOptions = {}, threshold = OCR_CONFIDENCE_THRESHOLD): ParsedReport {
  return parseScannedModel(modelFromTextLayer(reading.layer), reading.cells, { engine: reading.engine, dpi: reading.dpi, msPerPage: reading.msPerPage, pages: reading.layer.numPages }, options, threshold);
}

/** The part after the grid model: parse, referee, OCR fields (a model from any source, so tests can build one). */
export function parseScannedModel(
  model: DocumentModel,
  cells: readonly OcrCell[],
  meta: { engine: string; dpi: number; msPerPage: number; pages: number },
  options: ParseOptions = {},
  threshold = OCR_CONFIDENCE_THRESHOLD,
): ParsedReport {
  const reading = meta;
  const slots = alignCells(model, cells);
  let report = parseDocumentModel(model, options);
  const chosen = referee(model, report, slots, options);
  if (chosen) report = chosen.report;

  const slotOf = new Map<string, Slot>(slots.map((s) => [`${s.table.index}:${s.row}:${s.col}`, s]));
  let sum = 0;
  let count = 0;
  let low = 0;
  let ruleChosen = 0;
  for (const value of Object.values(report.values)) {
    const p = value.provenance;
    if (!p) continue;
    const slot = slotOf.get(`${p.tableIndex}:${p.row}:${p.col}`);
    const cell = slot?.cell ?? null;
    // A value whose cell the alignment did not find has no known confidence: it counts as unsure.
    const confidence = cell ? cell.confidence : 0;
    const change = chosen?.changes.get(slot ?? ({} as Slot));
    value.flags = [...value.flags, 'ocr', ...(change ? (['ocr_rule_chosen'] as const) : [])];
    value.ocr = { confidence: round(confidence), read: change ? change.read : (cell?.text ?? value.raw), ...(change ? { chosenBy: change.rule } : {}) };
    if (cell) {
      p.page = cell.page;
      p.box = cell.box;
    }
    sum += confidence;
    count += 1;
    if (confidence < threshold) low += 1;
    if (change) ruleChosen += 1;
  }
  const summary: OcrSummary = {
    engine: reading.engine,
    dpi: reading.dpi,
    pages: reading.pages,
    threshold,
    meanConfidence: count > 0 ? round(sum / count) : 0,
    lowConfidence: low,
    ruleChosen,
    msPerPage: Math.round(reading.msPerPage),
  };
  report.ocr = summary;
  if (chosen) report.notes.push(`OCR: ${String(ruleChosen)} uncertain reading(s) chosen by the template arithmetic (${[...new Set([...chosen.changes.values()].map((c) => c.rule))].join(', ')})`);
  // One review rule for a scan, at parse time and after a person's correction (validate/ocr-review.ts).
  Object.assign(report, reviewOfReport(report));

  return report;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
const squash = (text: string): string => compact(text).replace(/\s+/gu, '');

/**
 * Each table slot of the model paired with the OCR cell it was built from. The grid and the OCR cells are both
 * in reading order, so a walk through both pairs them; a slot pairs only with a cell of the same text, so a
 * slot that matches none (a merged cell, a header dropped at a page break) is left without a cell rather than
 * given a neighbour's confidence.
 */
export function alignCells(model: DocumentModel, cells: readonly OcrCell[]): Slot[] {
  const slots: Slot[] = [];
  let at = 0;
  const WINDOW = 40;
  for (const block of model.blocks) {
    if (block.kind !== 'table') continue;
    block.grid.forEach((line, row) =>
      line.forEach((slot, col) => {
        if (slot.covered || slot.padding) return;
        const text = squash(slot.text);
        let found = -1;
        for (let k = at; k < Math.min(cells.length, at + WINDOW); k += 1) {
          if (squash((cells[k] as OcrCell).text) === text) {
            found = k;
            break;
          }
        }
        if (found >= 0) at = found + 1;
        slots.push({ table: block, row, col, cell: found >= 0 ? (cells[found] as OcrCell) : null });
      }),
    );
  }

  return slots;
}

/** Readings a misread digit might have been: one confused digit swapped at a time. */
export function digitAlternatives(text: string): string[] {
  const out = new Set<string>();
  const chars = [...text];
  chars.forEach((ch, i) => {
    for (const alt of CONFUSIONS[ch] ?? '') {
      const next = [...chars];
      next[i] = alt;
      const candidate = next.join('');
      // A leading zero is not a printed count.
      if (/^0\d/u.test(candidate)) continue;
      out.add(candidate);
    }
  });

  return [...out];
}

type Change = { read: string; rule: RuleId };

const signature = (f: ParsedReport['findings'][number]): string => `${f.rule}|${[...f.cells].sort().join(',')}`;
const refereeFailures = (report: ParsedReport) => report.findings.filter((f) => REFEREE_RULES.has(f.rule) && f.severity === 'ERROR' && f.modes.includes('strict'));

/**
 * The template's arithmetic as referee. Cells named by a failing balance/total rule whose text is a number are
 * the suspects (least sure first); each alternative reading of one suspect, then of two, is parsed again. A set
 * is accepted when the failures naming its cells are gone and no new failure appears. Exactly one accepted set
 * is chosen; none or several leave the reading as it was.
 */
function referee(model: DocumentModel, report: ParsedReport, slots: Slot[], options: ParseOptions): { report: ParsedReport; changes: Map<Slot, Change> } | null {
  const failing = refereeFailures(report);
  if (failing.length === 0) return null;
  const keys = new Set(failing.flatMap((f) => f.cells));
  const slotOf = new Map(slots.map((s) => [`${s.table.index}:${s.row}:${s.col}`, s]));
  const suspects: { slot: Slot; alternatives: string[] }[] = [];
  for (const key of keys) {
    const p = report.values[key]?.provenance;
    const slot = p ? slotOf.get(`${p.tableIndex}:${p.row}:${p.col}`) : undefined;
    if (!slot) continue;
    const text = (slot.table.grid[slot.row]?.[slot.col]?.text ?? '').trim();
    if (!/^\d+$/u.test(text)) continue;
    const alternatives = digitAlternatives(text);
    if (alternatives.length > 0) suspects.push({ slot, alternatives });
  }
  suspects.sort((a, b) => (a.slot.cell?.confidence ?? 0) - (b.slot.cell?.confidence ?? 0));
  const unsure = suspects.slice(0, MAX_UNSURE_CELLS);
  const before = new Set(refereeFailures(report).map(signature));
  const sets: { slot: Slot; text: string }[][] = [];
  for (const s of unsure) for (const text of s.alternatives) sets.push([{ slot: s.slot, text }]);
  for (let i = 0; i < unsure.length; i += 1)
    for (let j = i + 1; j < unsure.length; j += 1)
      for (const a of (unsure[i] as (typeof unsure)[number]).alternatives)
        for (const b of (unsure[j] as (typeof unsure)[number]).alternatives) sets.push([{ slot: (unsure[i] as (typeof unsure)[number]).slot, text: a }, { slot: (unsure[j] as (typeof unsure)[number]).slot, text: b }]);
  if (sets.length > MAX_TRIES) sets.length = MAX_TRIES;

  const accepted: { set: { slot: Slot; text: string }[]; report: ParsedReport; rule: RuleId }[] = [];
  for (const set of sets) {
    // Two-cell sets are only tried when no single cell explains the failure (the smallest change wins).
    if (set.length === 2 && accepted.some((a) => a.set.length === 1)) break;
    const trial = withTexts(model, set);
    let parsed: ParsedReport;
    try {
      parsed = parseDocumentModel(trial, options);
    } catch {
      continue;
    }
    const after = refereeFailures(parsed);
    const changedKeys = new Set(set.flatMap((c) => Object.values(parsed.values).filter((v) => v.provenance && v.provenance.tableIndex === c.slot.table.index && v.provenance.row === c.slot.row && v.provenance.col === c.slot.col).map((v) => v.key)));
    const fixed = failing.filter((f) => f.cells.some((k) => changedKeys.has(k)));
    if (fixed.length === 0) continue;
    if (after.some((f) => !before.has(signature(f)) || f.cells.some((k) => changedKeys.has(k)))) continue;
    accepted.push({ set, report: parsed, rule: (fixed[0] as (typeof fixed)[number]).rule });
  }
  const smallest = accepted.filter((a) => a.set.length === Math.min(...accepted.map((x) => x.set.length)));
  if (smallest.length !== 1) return null;
  const win = smallest[0] as (typeof smallest)[number];
  const changes = new Map<Slot, Change>();
  for (const c of win.set) changes.set(c.slot, { read: c.slot.cell?.text ?? (c.slot.table.grid[c.slot.row]?.[c.slot.col]?.text ?? ''), rule: win.rule });
  // The model is changed in place only now, so provenance of the chosen report points at the chosen text.
  for (const c of win.set) setText(c.slot, c.text);

  return { report: win.report, changes };
}

function setText(slot: Slot, text: string): void {
  for (const line of slot.table.grid) for (const cell of line) if (cell.anchorRow === slot.row && cell.anchorCol === slot.col) cell.text = text;
}

function withTexts(model: DocumentModel, set: { slot: Slot; text: string }[]): DocumentModel {
  const blocks = model.blocks.map((block) => {
    if (block.kind !== 'table') return block;
    const mine = set.filter((c) => c.slot.table === block);
    if (mine.length === 0) return block;
    const grid = block.grid.map((line) => line.map((cell) => {
      const hit = mine.find((c) => c.slot.row === cell.anchorRow && c.slot.col === cell.anchorCol);
      return hit ? { ...cell, text: hit.text } : cell;
    }));
    return { ...block, grid };
  });

  return { ...model, blocks };
}
