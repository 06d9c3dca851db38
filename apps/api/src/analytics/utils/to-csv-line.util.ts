/** One CSV record (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled; null is empty. */
export function toCsvLine(fields: ReadonlyArray<string | number | boolean | null>): string {
  return `${fields.map((field) => (field === null ? '' : /[",\r\n]/.test(String(field)) ? `"${String(field).replaceAll('"', '""')}"` : String(field))).join(',')}\r\n`;
}
