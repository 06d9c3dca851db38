import { type ChartExportMeta } from '../types';
import { buildExportSvg } from './buildExportSvg';
import { downloadBlob, safeFileName } from './download';
import { svgToPng } from './svgToPng';
import { toCsv, withNoteRow } from './toCsv';

export type ExportKind = 'png' | 'svg' | 'csv' | 'xlsx';

/** Runs one export of a chart card. XLSX's zip writer is loaded only now. */
export async function runExport(kind: ExportKind, container: Element | null, meta: ChartExportMeta): Promise<void> {
  const base = safeFileName(meta.fileName);
  const table = meta.sampleNote ? withNoteRow(meta.table, meta.sampleNote) : meta.table;
  if (kind === 'csv') {
    downloadBlob(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), `${base}.csv`);

    return;
  }
  if (kind === 'xlsx') {
    const { buildXlsx } = await import('./buildXlsx');
    const bytes = buildXlsx([{ name: meta.title, table }]);
    downloadBlob(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${base}.xlsx`);

    return;
  }
  if (!container) throw new Error('chart not drawn');
  const built = buildExportSvg(container, meta);
  if (!built) throw new Error('chart not drawn');
  if (kind === 'svg') {
    downloadBlob(new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${built.svg}`], { type: 'image/svg+xml;charset=utf-8' }), `${base}.svg`);

    return;
  }
  downloadBlob(await svgToPng(built.svg, built.width, built.height, 2), `${base}.png`);
}
