import { isValueText, type Run } from './text-runs';

export type Cell = { text: string; x: number; xEnd: number; y: number; size: number; value: boolean };

/** A printed line: runs sharing a baseline, split into cells at wide horizontal gaps. */
export type Line = {
  page: number;
  /** Baseline (PDF user space, y up). For a vertical label: its top. */
  y: number;
  /** Lowest point the line reaches (a vertical label reaches far below its top). */
  yBottom: number;
  cells: Cell[];
  /** Largest font size among the line's non-value cells (or all cells when it has only values). */
  size: number;
  vertical: boolean;
};

/** Groups runs into lines by baseline (tolerance from the font size), left to right. */
export function groupLines(runs: Run[], page: number): Line[] {
  const flat = runs.filter((r) => !r.vertical).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Run[][] = [];
  let current: Run[] = [];
  let anchorY = Number.NaN;
  let anchorSize = 0;
  for (const run of flat) {
    const tolerance = 0.45 * Math.min(run.size, anchorSize || run.size);
    if (current.length > 0 && Math.abs(anchorY - run.y) <= tolerance) {
      current.push(run);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [run];
    anchorY = run.y;
    anchorSize = run.size;
  }
  if (current.length > 0) groups.push(current);

  const lines = groups.map((g) => makeLine(g, page));
  for (const run of runs.filter((r) => r.vertical)) {
    const cell: Cell = { text: run.text, x: run.x, xEnd: run.xEnd, y: run.y, size: run.size, value: false };
    lines.push({ page, y: run.y, yBottom: run.yBottom, cells: [cell], size: run.size, vertical: true });
  }
  return lines.sort((a, b) => b.y - a.y || (a.cells[0]?.x ?? 0) - (b.cells[0]?.x ?? 0));
}

function makeLine(runs: Run[], page: number): Line {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const cells: Cell[] = [];
  let parts: Run[] = [];
  const flush = (): void => {
    if (parts.length === 0) return;
    cells.push(joinRuns(parts));
    parts = [];
  };
  for (const run of sorted) {
    const prev = parts[parts.length - 1];
    if (prev) {
      const gap = run.x - prev.xEnd;
      const size = Math.max(prev.size, run.size);
      const bothValues = isValueText(prev.text) && isValueText(run.text);
      const split = bothValues ? gap > size * 0.15 : gap > size * 0.8;
      if (split) flush();
    }
    parts.push(run);
  }
  flush();
  const labelSizes = cells.filter((c) => !c.value).map((c) => c.size);
  const size = Math.max(...(labelSizes.length > 0 ? labelSizes : cells.map((c) => c.size)));
  const y = Math.max(...runs.map((r) => r.y));
  return { page, y, yBottom: Math.min(...runs.map((r) => r.y)), cells, size, vertical: false };
}

/** Joins the runs of one cell; a space only where the printed gap is wide or two Latin words meet. */
export function joinRuns(parts: Run[]): Cell {
  let text = '';
  let prev: Run | undefined;
  for (const run of parts) {
    if (prev) {
      const gap = run.x - prev.xEnd;
      const latinJoin = /[A-Za-z0-9]$/u.test(prev.text) && /^[A-Za-z0-9]/u.test(run.text);
      if (gap > Math.max(prev.size, run.size) * 0.3 || (latinJoin && gap > prev.size * 0.1)) text += ' ';
    }
    text += run.text;
    prev = run;
  }
  const first = parts[0] as Run;
  const last = parts[parts.length - 1] as Run;
  return {
    text,
    x: first.x,
    xEnd: last.xEnd,
    y: Math.max(...parts.map((p) => p.y)),
    size: Math.max(...parts.map((p) => p.size)),
    value: isValueText(text),
  };
}

export function lineText(line: Line): string {
  return line.cells.map((c) => c.text).join(' ');
}
