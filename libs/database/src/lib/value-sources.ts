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
 * Format 1 (migration MoveValueProvenanceToReportValueSource1764570000000):
 *   {metricKey:{"provenance":{table,rowLabel,columnLabel,tableIndex,row,col,page?},"derivedFrom":[…]}}
 * still read, so a row the compacting migration has not seen (or one written by older code) is never lost.
 */

/** Where a value was printed (the parser's Provenance, as stored). */
export type StoredProvenance = { table: string; rowLabel: string; columnLabel: string; tableIndex: number; row: number; col: number; page?: number | null };

/** One value's entry: either part may be absent. */
export type StoredValueSource = { provenance?: StoredProvenance; derivedFrom?: string[] };

type Cell = [string, number, number, number, number, number] | [string, number, number, number, number, number, number];
type Format2 = { v: 2; labels: string[]; p: Record<string, Cell>; d: Record<string, string[]> };

/** The value-source entry of a parsed value, or nothing when it has neither provenance nor derivedFrom. */
export type ValueSourceInput = { key: string; provenance?: StoredProvenance | null; derivedFrom?: readonly string[] | null };

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
  let any = false;
  for (const v of values) {
    const at = v.provenance;
    if (at) {
      const cell: Cell = [at.table, label(at.rowLabel), label(at.columnLabel), at.tableIndex, at.row, at.col];
      if (at.page !== undefined && at.page !== null) cell.push(at.page);
      p[v.key] = cell;
      any = true;
    }
    if (v.derivedFrom) {
      d[v.key] = v.derivedFrom;
      any = true;
    }
  }

  return any ? JSON.stringify({ v: 2, labels: [...labels.keys()], p, d }) : null;
}

/** Either format → metric key → entry. Throws on text that is neither (a corrupt row must not read as "no source"). */
export function decodeValueSources(text: string): Map<string, StoredValueSource> {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('report_value_source.sources is not a JSON object');
  const out = new Map<string, StoredValueSource>();
  if ((parsed as { v?: unknown }).v === 2) {
    const { labels, p, d } = parsed as Format2;
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

    return out;
  }
  for (const [key, entry] of Object.entries(parsed as Record<string, StoredValueSource>)) out.set(key, entry);

  return out;
}

/** True when the text is format 2 (the compacting migration skips those). */
export function isCompactValueSources(text: string): boolean {
  return text.startsWith('{"v":2,');
}
