import { displayWidth, padEndDisplay } from './display-width';

const GAP = '  ';

/** One line per cell: tabs and line breaks inside a cell would break the alignment. */
function flatten(cell: string): string {
  return cell.replace(/\s*[\r\n\t]+\s*/g, ' ').trim();
}

/**
 * A plain-text table aligned by display width (CJK = 2 columns), with a rule under the header.
 * The last column is not padded, so lines carry no trailing spaces.
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = [header, ...rows].map((row) => header.map((_, i) => flatten(row[i] ?? '')));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => displayWidth(row[i] ?? ''))));
  const line = (row: readonly string[]) =>
    row.map((cell, i) => (i === row.length - 1 ? cell : padEndDisplay(cell, widths[i] ?? 0))).join(GAP).trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join(GAP);

  return [line(cells[0] ?? []), rule, ...cells.slice(1).map(line)].join('\n') + '\n';
}
