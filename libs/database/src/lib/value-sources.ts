/**
 * The text of report_value_source.sources: where each value of one report was printed, and what a derived value
 * came from. One row a report, read only when one report is shown, written on every ingest — so its size is
 * paid on every write (encoding, the socket, PostgreSQL's lz4 and WAL).
 *
 * Format 2 (written since migration CompactValueSources1764580000000):
 *   {"v":2,"labels":[…],"p":{metricKey:[table,rowLabel#,columnLabel#,tableIndex,row,col(,page)]},"d":{metricKey:[…]}}
 * A report prints each row and column label once but ≈ 270 values repeat them: the labels are listed once and
 * referred to by index. Measured on one national year of generated reports: 46 → 20 KB a report, and the
 * encoding ≈ 4× cheaper than format 1.
 *
 * Optional maps of format 2 (added with scanned reports, migration AddReportPageImage1765700000000; text
 * without them reads as before): "b":{metricKey:[x0,y0,x1,y1]} the cell's rectangle on its page,
 * "o":{metricKey:[confidence,read(,chosenBy)]} how OCR read the cell, "c":{metricKey:[previous,previousState,by,at(,note)]}
 * a person's correction. Written only when some value has one, so reports with a text layer stay as small.
 *
 * Format 1 (migration MoveValueProvenanceToReportValueSource1764570000000):
 *   {metricKey:{"provenance":{table,rowLabel,columnLabel,tableIndex,row,col,page?},"derivedFrom":[…]}}
 * still read, so a row the compacting migration has not seen (or one written by older code) is never lost.
 */

/** Where a value was printed (the parser's Provenance, as stored). */
export type StoredProvenance = {
  table: string;
  rowLabel: string;
  columnLabel: string;
  tableIndex: number;
  row: number;
  col: number;
  page?: number | null;
  /** Fractions of the page from its top-left corner: [x0, y0, x1, y1]. */
  box?: [number, number, number, number];
};

/** How OCR read a value (the parser's OcrValueReading, as stored). */
export type StoredOcrReading = { confidence: number; read: string; chosenBy?: string };

/** A person's correction of a value (the parser's ValueCorrection, as stored). */
export type StoredCorrection = { previous: string | null; previousState: string; by: string; at: string; note?: string };

/** One value's entry: any part may be absent. */
export type StoredValueSource = { provenance?: StoredProvenance; derivedFrom?: string[]; ocr?: StoredOcrReading; correction?: StoredCorrection };

type Cell = [string, number, number, number, number, number] | [string, number, number, number, number, number, number];
type Box = [number, number, number, number];
type Ocr = [number, string] | [number, string, string];
type Correction = [string | null, string, string, string] | [string | null, string, string, string, string];
type Format2 = { v: 2; labels: string[]; p: Record<string, Cell>; d: Record<string, string[]>; b?: Record<string, Box>; o?: Record<string, Ocr>; c?: Record<string, Correction> };

/** The value-source entry of a parsed value, or nothing when it has no provenance, derivation, OCR reading or correction. */
export type ValueSourceInput = {
  key: string;
  provenance?: StoredProvenance | null;
  derivedFrom?: readonly string[] | null;
  ocr?: StoredOcrReading | null;
  correction?: StoredCorrection | null;
};

/** Format 2 text of a report's values; null when no value has a provenance or a derivation. */
export function encodeValueSources(values: Iterable<ValueSourceInput>): string | null {
  const labels = new Map<string, number>();
  const label = (text: string): number => {
    let index = labels.get(text);
    if (index === undefined) {
      index = labels.size;
      labels.set(text, index);
    }

    return index;
  };
  const p: Record<string, Cell> = {};
  const d: Record<string, readonly string[]> = {};
  const b: Record<string, Box> = {};
  const o: Record<string, Ocr> = {};
  const c: Record<string, Correction> = {};
  let any = false;
  let boxes = false;
  let readings = false;
  let corrections = false;
  for (const v of values) {
    const at = v.provenance;
    if (at) {
      const cell: Cell = [at.table, label(at.rowLabel), label(at.columnLabel), at.tableIndex, at.row, at.col];
      if (at.page !== undefined && at.page !== null) cell.push(at.page);
      p[v.key] = cell;
      any = true;
      if (at.box) {
        b[v.key] = [at.box[0], at.box[1], at.box[2], at.box[3]];
        boxes = true;
      }
    }
    if (v.derivedFrom) {
      d[v.key] = v.derivedFrom;
      any = true;
    }
    if (v.ocr) {
      o[v.key] = v.ocr.chosenBy ? [v.ocr.confidence, v.ocr.read, v.ocr.chosenBy] : [v.ocr.confidence, v.ocr.read];
      any = readings = true;
    }
    if (v.correction) {
      const k = v.correction;
      c[v.key] = k.note ? [k.previous, k.previousState, k.by, k.at, k.note] : [k.previous, k.previousState, k.by, k.at];
      any = corrections = true;
    }
  }
  if (!any) return null;

  return JSON.stringify({ v: 2, labels: [...labels.keys()], p, d, ...(boxes ? { b } : {}), ...(readings ? { o } : {}), ...(corrections ? { c } : {}) });
}

/** Either format → metric key → entry. Throws on text that is neither (a corrupt row must not read as "no source"). */
export function decodeValueSources(text: string): Map<string, StoredValueSource> {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('report_value_source.sources is not a JSON object');
  const out = new Map<string, StoredValueSource>();
  if ((parsed as { v?: unknown }).v === 2) {
    const { labels, p, d, b, o, c } = parsed as Format2;
    const labelAt = (index: number): string => {
      const text = labels[index];
      if (text === undefined) throw new Error(`report_value_source.sources refers to label ${index} of ${labels.length}`);

      return text;
    };
    for (const [key, cell] of Object.entries(p)) {
      const [table, rowLabel, columnLabel, tableIndex, row, col, page] = cell;
      const provenance: StoredProvenance = { table, rowLabel: labelAt(rowLabel), columnLabel: labelAt(columnLabel), tableIndex, row, col };
      if (page !== undefined) provenance.page = page;
      out.set(key, { provenance });
    }
    for (const [key, derivedFrom] of Object.entries(d)) out.set(key, { ...out.get(key), derivedFrom });
    for (const [key, box] of Object.entries(b ?? {})) {
      const provenance = out.get(key)?.provenance;
      // A rectangle belongs to a printed cell: one without its cell is a corrupt row, not a value without a place.
      if (!provenance) throw new Error(`report_value_source.sources has a box for ${key} without its cell`);
      provenance.box = [box[0], box[1], box[2], box[3]];
    }
    for (const [key, [confidence, read, chosenBy]] of Object.entries(o ?? {})) {
      out.set(key, { ...out.get(key), ocr: chosenBy === undefined ? { confidence, read } : { confidence, read, chosenBy } });
    }
    for (const [key, [previous, previousState, by, at, note]] of Object.entries(c ?? {})) {
      out.set(key, { ...out.get(key), correction: note === undefined ? { previous, previousState, by, at } : { previous, previousState, by, at, note } });
    }

    return out;
  }
  for (const [key, entry] of Object.entries(parsed as Record<string, StoredValueSource>)) out.set(key, entry);

  return out;
}

/** True when the text is format 2 (the compacting migration skips those). */
export function isCompactValueSources(text: string): boolean {
  return text.startsWith('{"v":2,');
}
