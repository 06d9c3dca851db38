import { buildLayout, expandGrid, type LayoutTable, type SampleLayout } from './layout';
import { type SampleReport } from './model';

/**
 * Word → plain text, exactly as the seed document (corpus gongbujiangda-2020) looks: each table cell a
 * line starting with TAB (a cell's own line breaks continue without TAB), a blank line after each table
 * row, horizontally merged cells once, and a TAB-only line for each vertically merged continuation or
 * empty cell (spec §7 "Layout of the seed").
 */
export function renderTxt(sample: SampleReport, layout: SampleLayout = buildLayout(sample)): string {
  const out: string[] = [];
  const bookmark = '[bookmark: _GoBack]';
  for (const block of layout.blocks) {
    switch (block.kind) {
      case 'title':
        out.push(...block.lines, '');
        break;
      case 'heading':
        out.push(`${block.indent}${block.text}`);
        break;
      case 'paragraph':
        out.push(`${block.indent}${block.bookmark ? bookmark : ''}${block.text}`);
        break;
      case 'table':
        out.push(...tableLines(block.table), '');
        break;
      case 'signature':
        out.push('', '');
        block.lines.forEach((line, i) => out.push(`${' '.repeat(i === 0 ? 27 : 31)}${line}`));
        break;
    }
  }

  return `${out.join('\n')}\n`;
}

function tableLines(table: LayoutTable): string[] {
  const lines: string[] = [];
  const grid = expandGrid(table);
  grid.forEach((row, r) => {
    for (let c = 0; c < row.length; ) {
      const slot = row[c];
      if (!slot) break;
      const { anchor } = slot;
      if (slot.anchorCol !== c) {
        c++;
        continue;
      }
      // A vertically merged continuation prints as an empty cell, once per merged block.
      lines.push(slot.anchorRow === r ? `\t${anchor.text}` : '\t');
      c += anchor.colspan;
    }
    lines.push('');
  });

  return lines;
}
