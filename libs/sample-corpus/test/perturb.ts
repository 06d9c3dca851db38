import fc from 'fast-check';

import { T3_COLUMNS, T3_ROWS, T4_GROUPS, T4_OUTCOMES, t3Key, t4Key } from '@gongkai/domain';
import { type Finding, isReportParseError, type ParsedReport, parseReportSync } from '@gongkai/report-parser';

import { buildLayout, type LayoutCell, type LayoutTable, renderHtml, renderTxt, type SampleLayout, type SampleReport } from '../src';

/**
 * Printing faults laid over a generated document, the kind real producers make: a value cell left out
 * (drop), a value printed blank (blank), an extra empty cell pushing a row's values right (shift), a row
 * label broken over lines (wrap). Each is applied to the format-independent layout, so txt and HTML get
 * the same fault, and it says what the document now truly prints for the cells it touched.
 */
export type Perturbation =
  | { kind: 'drop' | 'blank'; table: 't3'; row: number; col: number }
  | { kind: 'drop' | 'blank'; table: 't4'; col: number }
  | { kind: 'shift'; table: 't3'; row: number }
  | { kind: 'wrap'; table: 't3'; row: number; at: number };

/** What the document prints after the faults, for the cells they touched: blank, or no cell at all. */
export type Truth = Map<string, 'blank' | 'absent'>;

/**
 * The layout is a rectangular grid, so a cell left out or pushed along cannot be expressed in it: such
 * cells are marked with private-use sentinels and the rendered text is edited after rendering.
 */
const DROP = '\ue000';
const SHIFT = '\ue001';

const tableOf = (layout: SampleLayout, id: 't3' | 't4'): LayoutTable => {
  const block = layout.blocks.find((b) => b.kind === 'table' && b.table.id === id);
  if (!block || block.kind !== 'table') throw new Error(`layout has no ${id}`);

  return block.table;
};

/** Table 3 data rows of the template, in printed order (layout rows 3…). */
const t3RowIds = (sample: SampleReport) => T3_ROWS.filter((r) => r.versions.includes(sample.template)).map((r) => r.id);

export function applyPerturbations(sample: SampleReport, faults: readonly Perturbation[]): { layout: SampleLayout; truth: Truth } {
  const layout = buildLayout(sample);
  const truth: Truth = new Map();
  const rows = t3RowIds(sample);
  const shifted = new Set<number>();
  const dropped = new Set<number>();
  for (const fault of faults) {
    if (fault.table === 't4') {
      const line = tableOf(layout, 't4').rows[3] as LayoutCell[];
      const values = line.filter((c) => c.value);
      const target = values[fault.col % values.length];
      const slot = fault.col % 15;
      const key = t4Key((T4_GROUPS[Math.floor(slot / 5)] as { id: string }).id, (T4_OUTCOMES[slot % 5] as { id: 'total' }).id);
      if (!target || truth.has(key) || values.length !== 15) continue;
      applyCell(target, fault.kind, key, truth);
      continue;
    }
    const index = fault.row % rows.length;
    const id = rows[index] as string;
    // Collapsed rows (D11) print one number for seven cells: their truth is not per cell, so leave them.
    if (sample.collapsedRows.includes(id)) continue;
    const line = tableOf(layout, 't3').rows[3 + index] as LayoutCell[];
    const values = line.filter((c) => c.value);
    if (values.length !== 7) continue;
    // A row with a cell left out and an extra empty cell in front prints seven cells, the first blank:
    // that document is indistinguishable from one whose first cell is blank, so the two never meet.
    if ((fault.kind === 'shift' && dropped.has(index)) || (fault.kind === 'drop' && shifted.has(index))) continue;
    if (fault.kind === 'shift') shifted.add(index);
    if (fault.kind === 'drop') dropped.add(index);
    if (fault.kind === 'shift') {
      const first = values[0] as LayoutCell;
      if (!first.text.startsWith(SHIFT) && !first.text.startsWith(DROP)) first.text = `${SHIFT}${first.text}`;
      continue;
    }
    if (fault.kind === 'wrap') {
      const label = line[line.indexOf(values[0] as LayoutCell) - 1];
      if (label && label.text.length > 2) {
        const at = 1 + (fault.at % (label.text.length - 1));
        label.text = `${label.text.slice(0, at)}\n${label.text.slice(at)}`;
      }
      continue;
    }
    const key = t3Key(id, (T3_COLUMNS[fault.col % 7] as { id: 'np' }).id);
    if (truth.has(key)) continue;
    applyCell(values[fault.col % 7] as LayoutCell, fault.kind, key, truth);
  }

  return { layout, truth };
}

function applyCell(cell: LayoutCell, kind: 'drop' | 'blank', key: string, truth: Truth): void {
  if (kind === 'blank') {
    cell.text = '';
    truth.set(key, 'blank');
  } else {
    cell.text = DROP;
    truth.set(key, 'absent');
  }
}

export function renderPerturbed(sample: SampleReport, layout: SampleLayout, format: 'txt' | 'html'): Uint8Array {
  if (format === 'txt') {
    const text = renderTxt(sample, layout)
      .replace(new RegExp(`\\t[^\\t\\n]*${DROP}[^\\n]*\\n`, 'g'), '')
      .replace(new RegExp(`\\t${SHIFT}`, 'g'), '\t\n\t');

    return new TextEncoder().encode(text);
  }
  // Edited as text: re-render as UTF-8 (the sentinels have no GBK form) and declare it so.
  const html = Buffer.from(renderHtml({ ...sample, style: { ...sample.style, htmlEncoding: 'utf-8' } }, layout))
    .toString('utf8')
    .replace(new RegExp(`<td(?:(?!</td>)[\\s\\S])*${DROP}(?:(?!</td>)[\\s\\S])*</td>`, 'g'), '')
    .replace(new RegExp(`<td([^>]*)>((?:(?!</td>)[\\s\\S])*?)${SHIFT}`, 'g'), '<td></td><td$1>$2');

  return new Uint8Array(Buffer.from(html, 'utf8'));
}

/** Keys whose parsed reading differs from what the (perturbed) document prints. */
export function wrongValues(sample: SampleReport, truth: Truth, parsed: ParsedReport): string[] {
  const wrong: string[] = [];
  for (const [key, want] of Object.entries(sample.expected.values)) {
    const got = parsed.values[key];
    const printed = truth.get(key);
    // A cell not printed still has its true value: reading it as not found is right, and so is reading
    // the true value (it may come through another route); anything else is wrong.
    if (printed === 'absent' && got?.flags.includes('missing')) continue;
    if (printed === 'blank') {
      if (got?.state !== 'blank' || got.flags.includes('missing')) wrong.push(key);
      continue;
    }
    if (!got || got.state !== want.state || got.flags.includes('missing')) {
      wrong.push(key);
      continue;
    }
    // Money is converted to 元 from the printed string; compare what was printed.
    if (want.printedUnit !== undefined ? got.raw !== want.raw : got.value !== want.value) wrong.push(key);
  }

  return wrong;
}

const tablePrefix = (key: string) => key.slice(0, 2);

/** The ERROR findings that point at `key`: by naming the cell, or (reading findings about rows) its table. */
export function findingsNaming(key: string, findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'ERROR' && (f.cells.includes(key) || f.table === tablePrefix(key)));
}

/** Wrong values that no ERROR finding names: what "silently wrong" means. */
export function silentErrors(sample: SampleReport, truth: Truth, parsed: ParsedReport): string[] {
  return wrongValues(sample, truth, parsed).filter((key) => findingsNaming(key, parsed.findings).length === 0);
}

const fault: fc.Arbitrary<Perturbation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('drop' as const, 'blank' as const), table: fc.constant('t3' as const), row: fc.nat(30), col: fc.nat(6) }),
  fc.record({ kind: fc.constantFrom('drop' as const, 'blank' as const), table: fc.constant('t4' as const), col: fc.nat(14) }),
  fc.record({ kind: fc.constant('shift' as const), table: fc.constant('t3' as const), row: fc.nat(30) }),
  fc.record({ kind: fc.constant('wrap' as const), table: fc.constant('t3' as const), row: fc.nat(30), at: fc.nat(40) }),
);

/**
 * The property over `samples`: a perturbed document is refused with a typed error, or every value read
 * differently from what it prints is named by an ERROR finding. `misread()` counts the documents the
 * faults did make the parser misread (a property that never meets a misread proves nothing).
 */
export function silentProperty(samples: readonly SampleReport[]): { property: fc.IPropertyWithHooks<[{ sample: number; format: 'txt' | 'html'; faults: Perturbation[] }]>; misread: () => number } {
  let misread = 0;
  const scenario = fc.record({ sample: fc.nat(samples.length - 1), format: fc.constantFrom('txt' as const, 'html' as const), faults: fc.array(fault, { minLength: 1, maxLength: 4 }) });
  const property = fc.property(scenario, ({ sample: index, format, faults }) => {
    const sample = samples[index] as SampleReport;
    const { layout, truth } = applyPerturbations(sample, faults);
    let parsed: ParsedReport;
    try {
      parsed = parseReportSync(renderPerturbed(sample, layout, format), { format });
    } catch (error) {
      // Refusing the document is never silently wrong; anything but a typed refusal is a bug.
      return isReportParseError(error);
    }
    if (wrongValues(sample, truth, parsed).length > 0) misread += 1;
    const silent = silentErrors(sample, truth, parsed);
    if (silent.length > 0) throw new Error(`${sample.id}.${format} ${JSON.stringify(faults)}: wrong without an ERROR finding: ${silent.join(', ')}`);

    return true;
  });

  return { property, misread: () => misread };
}
