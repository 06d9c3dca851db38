import {
  T2_LAYOUT,
  type T2Block,
  type T2Column,
  T3_COLUMNS,
  T3_GROUP_LABELS,
  T3_ROWS,
  type T3Group,
  type T3Row,
  T4_GROUPS,
  T4_OUTCOMES,
  type TemplateVersion,
  t3Key,
  t4Key,
} from '@gongkai/domain';

import { type DocumentModel, type DocTable } from '../model/document-model';
import { type AmbiguousRow, type ExtraRow, type ParsedValue, type Provenance, type ValueFlag } from '../model/parsed-report';
import { type TableRow, type RowCell, analyseRow, cellInfo, fitValues, trimValues } from '../locate/table-rows';
import { type CellKind, readCell } from '../normalise/cell-value';
import { labelKey, stripNumbering, stripParentheticals } from '../normalise/text';

/**
 * Locate Tables 2, 3 and 4 by their labels and map every value cell to its metric key (spec §3–§5).
 * One pass over the rows of all tables in document order with a small state machine: a Table 2 caption
 * or header starts Table 2, the Table 3 header or its first row label starts Table 3, the Table 4 group
 * header starts Table 4. Tables split over several grids (pages, per-block tables) continue naturally.
 */

export type MapResult = {
  values: Map<string, ParsedValue>;
  extraRows: ExtraRow[];
  /** Rows whose cells could not be placed in their columns (not read; a finding says so). */
  ambiguous: AmbiguousRow[];
  notes: string[];
  /** Which tables were seen at all (caption/header/rows) and how many values each gave. */
  seen: { t2: boolean; t3: boolean; t4: boolean };
  counts: { t2: number; t3: number; t4: number };
};

type Section = 'none' | 't2' | 't3' | 't4';

const T2_CAPTION = /第二十条第\(([一二三四五六七八九十]+)\)项/;
const stem = (s: string) => stripParentheticals(stripNumbering(labelKey(s)));

/** Domain stems in comparison form, computed once. */
const T3_ROW_STEMS = T3_ROWS.map((row) => ({ row, stems: row.stems.map(stem) }));
/** Whole labels in comparison form, parentheticals kept: what a fragment of a wrapped label is a piece of. */
const T3_FULL_KEYS = new Map(T3_ROWS.map((row) => [row, stripNumbering(labelKey(row.label))]));
const T3_GROUP_STEMS = (Object.keys(T3_GROUP_LABELS) as (keyof typeof T3_GROUP_LABELS)[]).map((group) => ({
  group,
  stem: stem(T3_GROUP_LABELS[group].stem),
}));
const T3_COLUMN_STEMS = T3_COLUMNS.map((column) => ({ column, stems: column.stems.map(stem) }));
const T4_GROUP_STEMS: { id: string; stems: string[] }[] = [
  { id: 'review', stems: [stem('行政复议')] },
  { id: 'suit_direct', stems: [stem('未经复议直接起诉'), stem('直接起诉')] },
  { id: 'suit_after_review', stems: [stem('复议后起诉')] },
];
const T4_OUTCOME_STEMS = T4_OUTCOMES.map((o) => ({ id: o.id, stem: stem(o.label) }));
/** Table 2 row and column stems per template, in comparison form. */
const T2_STEMS = new Map<T2Block['rows'][number] | T2Column, string[]>();
for (const blocks of Object.values(T2_LAYOUT)) {
  for (const block of blocks) {
    for (const row of block.rows) T2_STEMS.set(row, row.stems.map(stem));
    for (const column of block.columns) T2_STEMS.set(column, column.stems.map(stem));
  }
}
const stemsOf = (item: T2Block['rows'][number] | T2Column): string[] => T2_STEMS.get(item) ?? [];

/** Short stems ('其他', '总计') must match the whole label; longer ones may be contained in it. */
function stemMatches(key: string, s: string): boolean {
  return s.length <= 2 ? key === s : key.includes(s);
}

function provenance(table: 't2' | 't3' | 't4', t: TableRow, cell: RowCell, columnLabel: string, rowLabel: string): Provenance {
  return {
    table,
    rowLabel,
    columnLabel,
    tableIndex: t.table.index,
    row: cell.anchorRow,
    col: cell.anchorCol,
    ...(t.table.page !== undefined ? { page: t.table.page } : {}),
  };
}

function toValue(key: string, cell: RowCell, kind: CellKind, prov: Provenance, extraFlags: ValueFlag[] = []): ParsedValue {
  const reading = readCell(cell.text, kind);
  const value: ParsedValue = {
    key,
    value: reading.value,
    state: reading.state,
    raw: reading.raw,
    flags: [...reading.flags, ...extraFlags],
    provenance: prov,
  };
  if (kind.money) value.printedUnit = reading.printedUnit ?? null;

  return value;
}

class TableMapper {
  /** A Map while mapping: hundreds of keys added one by one are slow on a plain object. */
  readonly values = new Map<string, ParsedValue>();
  readonly extraRows: ExtraRow[] = [];
  readonly ambiguous: AmbiguousRow[] = [];
  readonly notes: string[] = [];
  readonly seen = { t2: false, t3: false, t4: false };
  readonly counts = { t2: 0, t3: 0, t4: 0 };

  private section: Section = 'none';
  private t2Header: TableRow | null = null;
  private t3Headers: TableRow[] = [];
  private t3Group: T3Group | null = null;
  /** Last labels of the label-only rows since the last Table 3 row with values (a label wrapped above its numbers). */
  private t3Fragments: string[] = [];
  /** Index in T3_ROWS of the last row matched: unmatched fragments are tried on the rows that follow it. */
  private t3Last = -1;
  private t4Headers: TableRow[] = [];
  private t4Done = false;

  constructor(
    private readonly template: TemplateVersion,
    private readonly hant: boolean,
  ) {}

  private set(key: string, value: ParsedValue, table: 't2' | 't3' | 't4'): void {
    if (this.values.has(key)) {
      this.notes.push(`${key} printed twice; the first cell was kept (second: '${value.raw}' at table ${value.provenance?.tableIndex}, row ${value.provenance?.row})`);

      return;
    }
    if (this.hant) value.flags.push('converted_hant');
    this.values.set(key, value);
    this.counts[table] += 1;
  }

  private ambiguousRow(table: 't2' | 't3' | 't4', label: string, cells: readonly RowCell[], keys: string[]): void {
    this.ambiguous.push({ table, label, cells: cells.map((c) => c.text), keys });
  }

  private extra(table: 't2' | 't3' | 't4', t: TableRow): void {
    if (!t.values.some((v) => v.cls === 'number' || v.cls === 'na')) return;
    this.extraRows.push({ table, label: t.labels.map((l) => l.text).join(' '), cells: t.values.map((v) => v.text) });
  }

  row(t: TableRow): void {
    const keys = t.labels.map((l) => l.key);
    const joined = keys.join('|');
    const hasValues = t.values.some((v) => v.cls === 'number' || v.cls === 'na');

    // Table 4 header: 行政复议 with 行政诉讼 (or the outcome labels) in one row.
    if (keys.some((k) => k.includes('行政复议')) && keys.some((k) => k.includes('行政诉讼') || k.includes('结果维持') || k.includes('直接起诉'))) {
      this.section = 't4';
      this.seen.t4 = true;
      this.t4Headers = [t];

      return;
    }
    // Table 3 start: the note, 申请人情况, 自然人 header or its first row.
    if (joined.includes('勾稽关系') || joined.includes('申请人情况') || keys.some((k) => k === '自然人')) {
      if (this.section !== 't3') this.t3Headers = [];
      this.section = 't3';
      this.seen.t3 = true;
      this.t3Headers.push(t);

      return;
    }
    const caption = keys.map((k) => T2_CAPTION.exec(k)).find((m) => m);
    if (caption) {
      this.section = 't2';
      this.seen.t2 = true;
      this.t2Header = null;

      return;
    }
    if (keys.some((k) => k === '信息内容')) {
      this.section = 't2';
      this.seen.t2 = true;
      this.t2Header = t;

      return;
    }

    if (this.section === 't4' || (!hasValues && this.section === 't3' && this.isT3Header(t))) {
      if (this.section === 't4') this.t4Row(t, hasValues || (t.labels.length === 0 && t.values.length >= 15));
      else this.t3Headers.push(t);

      return;
    }
    // A row of blank cells (D01: zeros printed blank) is still a row: its cells exist and get provenance.
    // Rows without any value cell carry no data (captions, group labels on their own line).
    if (!hasValues && (t.values.length === 0 || t.labels.length === 0)) {
      if (this.section === 't3') {
        this.trackT3Group(t);
        const lastLabel = t.labels[t.labels.length - 1];
        if (lastLabel && t.values.length === 0) this.t3Fragments = [lastLabel.text, ...this.t3Fragments].slice(0, 3);
      }

      return;
    }

    const t2 = this.findT2Row(t);
    if (t2 && this.section !== 't3') {
      this.section = 't2';
      this.seen.t2 = true;
      this.t2Row(t, t2.block, t2.row);

      return;
    }
    if (this.section === 't3' || keys.some((k) => k.includes('本年新收') || k.includes('上年结转'))) {
      this.section = 't3';
      this.seen.t3 = true;
      this.t3Row(t);

      return;
    }
    if (this.section === 't2') this.extra('t2', t);
    // A bare row of 15 numbers outside any table context is Table 4 printed without a readable header (D09).
    else if (!this.t4Done && t.labels.length === 0 && trimValues(t.values, 15).length === 15 && this.seen.t3) {
      this.section = 't4';
      this.seen.t4 = true;
      this.t4Row(t, true);
    }
  }

  private isT3Header(t: TableRow): boolean {
    // Header cells carry no numbering: a blank '3.其他' row is the （六）3 data row, not the 其他 column.
    if (t.labels.some((l) => stripNumbering(l.key) !== l.key)) return false;

    return t.labels.some((l) => T3_COLUMN_STEMS.some((c) => c.stems.some((s) => stemMatches(l.stem, s))) || l.key.includes('法人或其他组织'));
  }

  // ------------------------------------------------------------------ Table 2

  private findT2Row(t: TableRow): { block: T2Block; row: T2Block['rows'][number] } | null {
    const label = t.labels[t.labels.length - 1];
    if (!label) return null;
    for (const block of T2_LAYOUT[this.template]) {
      for (const row of block.rows) {
        if (stemsOf(row).some((s) => label.stem === s)) return { block, row };
      }
    }
    for (const block of T2_LAYOUT[this.template]) {
      for (const row of block.rows) {
        // Prefix or contained stem (D12 explanations inside labels: '规章（设区的市…）' is already stripped).
        if (stemsOf(row).some((s) => label.stem.startsWith(s) || (s.length >= 4 && label.stem.includes(s)))) return { block, row };
      }
    }
    // The first line of a label wrapped over lines ('行政事业性收' ⏎ '费'): a long enough start of one row's label.
    if (label.stem.length >= 4) {
      for (const block of T2_LAYOUT[this.template]) {
        for (const row of block.rows) if (stemsOf(row).some((s) => s.startsWith(label.stem))) return { block, row };
      }
    }

    return null;
  }

  private t2Row(t: TableRow, block: T2Block, row: T2Block['rows'][number]): void {
    const label = t.labels.map((l) => l.text).join(' ');
    const columnOf = this.t2Columns(t, block);
    const values = fitValues(t.values, block.columns.length);
    if (values.length < block.columns.length) {
      // Fewer cells than columns: which column each is would be a guess (see t3Values).
      this.ambiguousRow('t2', label, values, block.columns.map((c) => `t2_${row.id}_${c.id}`));

      return;
    }
    for (let i = 0; i < values.length; i += 1) {
      const cell = values[i] as RowCell;
      const mapped = columnOf(cell, i);
      if (!mapped) {
        if (cell.cls !== 'empty') this.notes.push(`Table 2 '${label}': value '${cell.text}' has no column`);
        continue;
      }
      const { column, header } = mapped;
      const kind: CellKind = { signed: column.signed === true, money: column.unit === 'money', ...(column.headerUnit ? { headerUnit: column.headerUnit } : {}) };
      const key = `t2_${row.id}_${column.id}`;
      this.set(key, toValue(key, cell, kind, provenance('t2', t, cell, header, label)), 't2');
    }
  }

  /**
   * Value cell → template column. By header label when the block's header row is known: in a grid the
   * header cell covering the value's column, in flattened text the header cells in reading order. Without
   * a header, the template's column order.
   */
  private t2Columns(t: TableRow, block: T2Block): (cell: RowCell, index: number) => { column: T2Column; header: string } | undefined {
    const header = this.t2Header;
    const matchColumn = (cell: RowCell): T2Column | undefined =>
      block.columns.find((c) => stemsOf(c).some((s) => cell.stem.includes(s) || cell.key.includes(s)));
    const ordinal = (index: number) => {
      const column = block.columns[index];

      return column ? { column, header: column.label } : undefined;
    };
    if (!header) return (_cell, index) => ordinal(index);
    const matched = header.labels
      .filter((l) => l.key !== '信息内容')
      .map((cell) => ({ cell, column: matchColumn(cell) }))
      .filter((m): m is { cell: RowCell; column: T2Column } => m.column !== undefined);
    if (matched.length === 0) return (_cell, index) => ordinal(index);
    if (!t.table.flattened && header.table === t.table) {
      // Grid: the header cell over the value's first column; reading order if no header cell is over it.
      return (cell, index) => {
        const hit = matched.find((m) => m.cell.from <= cell.from && cell.from <= m.cell.to);

        return hit ? { column: hit.column, header: hit.cell.text } : matched[index] ? { column: (matched[index] as { column: T2Column }).column, header: (matched[index] as { cell: RowCell }).cell.text } : undefined;
      };
    }

    // A header only partly read (its labels wrapped onto other lines): with a full row of values, the
    // template's column order; the few header cells read cannot say which value is which.
    if (matched.length < block.columns.length && t.values.filter((v) => v.cls !== 'empty').length >= block.columns.length) return (_cell, index) => ordinal(index);
    // Flattened text, or a header in another grid: header cells in reading order.
    return (_cell, index) => {
      const m = matched[index];

      return m ? { column: m.column, header: m.cell.text } : undefined;
    };
  }

  // ------------------------------------------------------------------ Table 3

  private trackT3Group(t: TableRow): void {
    for (const label of t.labels) {
      const group = T3_GROUP_STEMS.find((g) => label.stem.includes(g.stem));
      if (group) this.t3Group = group.group;
    }
  }

  private t3Row(t: TableRow): void {
    let match: T3Row | null = null;
    this.trackT3Group(t);
    const last = t.labels[t.labels.length - 1];
    if (last) {
      const key = last.stem;
      const groupOnly = T3_GROUP_STEMS.find((g) => key === g.stem);
      if (groupOnly) {
        // A group label carrying numbers itself: （六）其他处理 as one row (GB2019, or a GB2021 report
        // printing it collapsed — recorded as other_total, spec §9.3 / corpus README). Another group's
        // label on the numbers' line is a merged cell centred there; the item's label is in the fragments.
        match = groupOnly.group === 'other' ? (T3_ROWS.find((r) => r.id === 'other_total') ?? null) : null;
        if (!match && this.t3Fragments.length > 0) match = this.t3ByFragments(last);
      } else {
        const inGroup = (r: T3Row) => r.group === this.t3Group;
        const candidates = T3_ROW_STEMS.filter(({ row }) => inGroup(row) || row.group === 'top' || row.group === 'result');
        const found =
          candidates.find(({ row, stems }) => inGroup(row) && stems.some((s) => stemMatches(key, s))) ??
          candidates.find(({ row, stems }) => (row.group === 'top' || row.group === 'result') && stems.some((s) => stemMatches(key, s))) ??
          T3_ROW_STEMS.find(({ stems }) => stems.some((s) => s.length > 2 && key.includes(s))) ??
          // The group label was not seen (lost line, PDF page break): an exact short stem of this template.
          T3_ROW_STEMS.find(({ row, stems }) => row.versions.includes(this.template) && row.group !== 'top' && row.group !== 'result' && stems.some((s) => key === s));
        match = found?.row ?? null;
      }
    }
    if (!match && last) match = this.t3ByFragments(last);
    this.t3Fragments = [];
    if (!match) {
      this.extra('t3', t);

      return;
    }
    this.t3Last = T3_ROWS.indexOf(match);
    if (match.group === 'top' || match.group === 'result') this.t3Group = null;
    if (!match.versions.includes(this.template)) {
      this.notes.push(
        match.id === 'other_total'
          ? 'Table 3 prints （六）其他处理 as one row although the template has three sub-rows: recorded as t3_other_total_* (reported)'
          : `Table 3 row '${last?.text ?? ''}' belongs to the other template version`,
      );
    }
    this.t3Values(t, match);
  }

  /**
   * A label that matches no row on its own: a fragment of a label wrapped over lines (PDF cells, narrow
   * columns). Tried joined to the label-only lines just above it, then as a piece of the label of one of
   * the next few template rows not yet read (template order: the fragment alone never decides
   * between rows far apart, and position alone never decides at all).
   */
  private t3ByFragments(last: RowCell): T3Row | null {
    const candidates = T3_ROW_STEMS.filter(({ row }) => row.versions.includes(this.template) || (row.id === 'other_total' && this.template === 'gb2021'));
    for (const fragment of this.t3Fragments) {
      const joined = stem(`${fragment}${last.text}`);
      const hit = candidates.find(({ row, stems }) => !this.t3Seen(row) && stems.some((s) => stemMatches(joined, s)));
      if (hit) return hit.row;
    }
    // The fragment beside the numbers, or (when only a group label shares their line) the lines above.
    const keys = [last, ...this.t3Fragments.map((text) => cellInfo(text))].map((c) => stripNumbering(c.key)).filter((k) => k.length >= 4);
    const ahead = candidates.filter(({ row }) => T3_ROWS.indexOf(row) > this.t3Last && !this.t3Seen(row)).slice(0, 3);
    for (const key of keys) {
      const hit = ahead.find(({ row, stems }) => T3_FULL_KEYS.get(row)?.includes(key) || stems.some((s) => s.length > 2 && key.includes(s)));
      if (hit) return hit.row;
    }

    return null;
  }

  private t3Seen(row: T3Row): boolean {
    return this.values.has(t3Key(row.id, 'tot')) || this.values.has(t3Key(row.id, 'np'));
  }

  /** Grid columns of the seven data columns by the header cells, or null when the header is not sane. */
  private t3HeaderColumns(table: DocTable): { from: number; to: number; text: string }[] | null {
    const headers = this.t3Headers.filter((h) => h.table === table);
    if (headers.length === 0 || table.flattened) return null;
    const out: { from: number; to: number; text: string }[] = [];
    for (const { stems } of T3_COLUMN_STEMS) {
      let hit: RowCell | undefined;
      for (const h of headers) for (const cell of h.labels) if (!hit && stems.some((s) => stemMatches(cell.stem, s))) hit = cell;
      if (!hit) return null;
      out.push({ from: hit.from, to: hit.to, text: hit.text });
    }
    for (let i = 1; i < out.length; i += 1) if ((out[i] as { from: number }).from <= (out[i - 1] as { to: number }).to) return null;

    return out;
  }

  private t3Values(t: TableRow, row: T3Row): void {
    const label = t.labels
      .map((l) => l.text)
      .filter((text) => !labelKey(text).includes('本年度办理结果'))
      .join(' ');
    let values = fitValues(t.values, 7);
    const filled = t.values.filter((v) => v.cls !== 'empty');
    const lone = filled.length === 1 ? (filled[0] as RowCell) : null;
    // D11: one number and nothing else. With a row of another width, or a lone 0 in the first cell of
    // seven (a row printed as '0' plus empty cells); a lone non-zero number among seven cells is a
    // row with blank cells (D01) and is read as printed, and so is a lone 0 under 总计 (S13: blank
    // applicants, 总计 0 — the same values either way).
    const collapsed =
      lone !== null &&
      (values[0] === lone || t.values[0] === lone) &&
      (t.values.length !== 7 || (lone.cls === 'number' && readCell(lone.text).value === '0'));
    if (collapsed) {
      values = [filled[0] as RowCell];
      // D11: the whole row printed as one number. It is the total; applicant columns are unknown.
      const cell = values[0] as RowCell;
      for (const column of T3_COLUMNS) {
        const key = t3Key(row.id, column.id);
        if (column.id === 'tot') this.set(key, toValue(key, cell, {}, provenance('t3', t, cell, column.label, label), ['collapsed']), 't3');
        else this.set(key, { key, value: null, state: 'blank', raw: '', flags: ['collapsed'], provenance: provenance('t3', t, cell, column.label, label) }, 't3');
      }
      this.notes.push(`Table 3 '${label}' is printed as one number (collapsed row): read as the total`);

      return;
    }
    const raw = t.values;
    if (raw.length > 7 && raw[0]?.cls === 'empty' && raw[raw.length - 1]?.cls === 'empty' && raw.filter((v) => v.cls !== 'empty').length < 7) {
      // More cells than columns, empty at both ends: whether the extra is the first or the last cannot be
      // told, and each choice moves every number by one column.
      this.ambiguousRow('t3', label, raw, T3_COLUMNS.map((c) => t3Key(row.id, c.id)));

      return;
    }
    if (values.length > 7) {
      // More value cells than columns: keep the last seven when the extras lead and are empty.
      const lead = values.slice(0, values.length - 7);
      values = lead.every((v) => v.cls === 'empty') ? values.slice(values.length - 7) : values.slice(0, 7);
      this.notes.push(`Table 3 '${label}' has more than 7 value cells`);
    }
    // Header positions when they are sane and every value sits under exactly one header cell; otherwise
    // the robust rule: the value anchors after the label are the 7 columns in template order (a
    // misaligned header grid must not shift columns).
    const header = this.t3HeaderColumns(t.table);
    let order: number[] = values.map((_, i) => i);
    if (values.length < 7) {
      // Fewer cells than columns: which one is missing cannot be told. Not even a grid says it, since a
      // cell left out moves the ones after it under the wrong headers. Any placement is a guess that
      // would put numbers into the wrong columns, so the row is not read and a finding says why.
      this.ambiguousRow('t3', label, values, T3_COLUMNS.map((c) => t3Key(row.id, c.id)));

      return;
    }
    if (header && values.length === 7) {
      const byHeader = values.map((v) => header.findIndex((h) => h.from <= v.from && v.from <= h.to));
      if (new Set(byHeader).size === 7 && !byHeader.includes(-1)) order = byHeader;
      else if (!this.notes.includes('Table 3 header grid does not line up with the value cells: columns taken in template order')) {
        this.notes.push('Table 3 header grid does not line up with the value cells: columns taken in template order');
      }
    }
    values.forEach((cell, i) => {
      const column = T3_COLUMNS[order[i] as number];
      if (!column) return;
      const key = t3Key(row.id, column.id);
      this.set(key, toValue(key, cell, {}, provenance('t3', t, cell, header?.[order[i] as number]?.text ?? column.label, label)), 't3');
    });
  }

  // ------------------------------------------------------------------ Table 4

  private t4Row(t: TableRow, hasValues: boolean): void {
    if (!hasValues) {
      this.t4Headers.push(t);

      return;
    }
    if (this.t4Done) return;
    const values = fitValues(t.values, 15);
    if (values.length < 15) {
      this.notes.push(`Table 4 data row has ${values.length} value cells, expected 15`);
      if (values.length < 5) return;
    }
    const usable = values.slice(0, 15);
    const order = this.t4Order(t, usable);
    if (order === null) {
      this.ambiguousRow('t4', '行政复议、行政诉讼', usable, T4_GROUPS.flatMap((g) => T4_OUTCOMES.map((o) => t4Key(g.id, o.id))));
      this.t4Done = true;
      this.section = 'none';

      return;
    }
    usable.forEach((cell, i) => {
      const slot = order[i] as number;
      const group = T4_GROUPS[Math.floor(slot / 5)];
      const outcome = T4_OUTCOMES[slot % 5];
      if (!group || !outcome) return;
      const key = t4Key(group.id, outcome.id);
      const groupLabel = group.id === 'review' ? group.label : `行政诉讼·${group.label}`;
      this.set(key, toValue(key, cell, {}, provenance('t4', t, cell, outcome.label, groupLabel)), 't4');
    });
    this.t4Done = true;
    this.section = 'none';
  }

  /**
   * Slot (group×5 + outcome) of each value: by the header cells over it when they all agree, else printed
   * order (D09). Null when fewer than 15 cells have no positions to place them: order would be a guess.
   */
  private t4Order(t: TableRow, values: readonly RowCell[]): number[] | null {
    const printed = values.map((_, i) => i);
    const headers = this.t4Headers.filter((h) => h.table === t.table);
    // Fewer than 15 cells: which are missing cannot be told, in a grid neither (see t3Values).
    if (values.length !== 15) return null;
    if (t.table.flattened || headers.length === 0) return printed;
    const slots: number[] = [];
    for (const v of values) {
      let group = -1;
      let outcome = -1;
      for (const h of headers) {
        for (const cell of h.labels) {
          if (cell.from > v.from || v.from > cell.to) continue;
          const g = T4_GROUP_STEMS.findIndex((x) => x.stems.some((s) => cell.stem.includes(s)));
          // 行政复议 also appears inside 未经复议…/复议后…: the more specific group wins.
          if (g > group) group = g;
          const o = T4_OUTCOME_STEMS.findIndex((x) => cell.stem === x.stem);
          if (o >= 0) outcome = o;
        }
      }
      if (group < 0 || outcome < 0) return printed;
      slots.push(group * 5 + outcome);
    }
    if (new Set(slots).size !== 15) {
      this.notes.push('Table 4 header labels do not identify all 15 cells: printed order used');

      return printed;
    }

    return slots;
  }
}

export function mapTables(model: DocumentModel, template: TemplateVersion, hant: boolean): MapResult {
  const mapper = new TableMapper(template, hant);
  for (const block of model.blocks) {
    if (block.kind !== 'table') continue;
    for (let r = 0; r < block.grid.length; r += 1) mapper.row(analyseRow(block, r));
  }

  return { values: mapper.values, extraRows: mapper.extraRows, ambiguous: mapper.ambiguous, notes: mapper.notes, seen: mapper.seen, counts: mapper.counts };
}
