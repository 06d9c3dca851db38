export type Cell = string | number | null | undefined;
/** A table as exported. `numeric` marks columns whose decimal strings become number cells in XLSX. */
export type DataTable = { columns: readonly string[]; rows: ReadonlyArray<readonly Cell[]>; numeric?: readonly boolean[] };

function escape(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const text = String(cell);

  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a UTF-8 byte-order mark and CRLF, so Excel opens Chinese text correctly. */
export function toCsv(table: DataTable): string {
  const lines = [table.columns.map(escape).join(','), ...table.rows.map((row) => row.map(escape).join(','))];

  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
