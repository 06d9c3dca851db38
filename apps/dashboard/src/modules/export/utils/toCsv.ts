export type Cell = string | number | null | undefined;
/** A table as exported. `numeric` marks columns whose decimal strings become number cells in XLSX. */
export type DataTable = { columns: readonly string[]; rows: ReadonlyArray<readonly Cell[]>; numeric?: readonly boolean[] };

function escape(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const text = String(cell);

  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table with a note as its first line (CSV) or first row (XLSX), above the column headers: how an export
 * that contains sample data says so before any number.
 */
export function withNoteRow(table: DataTable, note: string): DataTable {
  return { columns: [note, ...table.columns.slice(1).map(() => '')], rows: [table.columns, ...table.rows], numeric: table.numeric };
}

/** RFC 4180 CSV with a UTF-8 byte-order mark and CRLF, so Excel opens Chinese text correctly. */
export function toCsv(table: DataTable): string {
  const lines = [table.columns.map(escape).join(','), ...table.rows.map((row) => row.map(escape).join(','))];

  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
