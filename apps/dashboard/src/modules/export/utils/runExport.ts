import { type ChartExportMeta } from '../types';
import { buildExportSvg } from './buildExportSvg';
import { downloadBlob, safeFileName } from './download';
import { type ExportSize, fitSvgToSlide, SLIDE_SIZES } from './fitSvgToSlide';
import { svgToPng } from './svgToPng';
import { toCsv, withNoteRow } from './toCsv';
import { toSlideChart } from './toSlideChart';

export type ExportKind = 'png' | 'svg' | 'csv' | 'xlsx' | 'pptx';

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Runs one export of a chart card. XLSX's zip writer and pptxgenjs are loaded only now. */
export async function runExport(kind: ExportKind, container: Element | null, meta: ChartExportMeta, size: ExportSize = 'card'): Promise<void> {
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
  if (kind === 'pptx') {
    const chart = toSlideChart(meta);
    if (!chart) throw new Error('no chart data');
    const { buildChartPptx } = await import('@gongkai/briefing/chart-slide');
    downloadBlob(new Blob([(await buildChartPptx(chart)) as BlobPart], { type: PPTX_TYPE }), `${base}.pptx`);

    return;
  }
  if (!container) throw new Error('chart not drawn');
  const card = buildExportSvg(container, meta);
  if (!card) throw new Error('chart not drawn');
  const built = size === 'card' ? card : fitSvgToSlide(card, SLIDE_SIZES[size].width, SLIDE_SIZES[size].height);
  const suffix = size === 'card' ? '' : `_${size}`;
  if (kind === 'svg') {
    downloadBlob(new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${built.svg}`], { type: 'image/svg+xml;charset=utf-8' }), `${base}${suffix}.svg`);

    return;
  }
  // The card size keeps its 2× raster; a slide size is exactly its pixels.
  downloadBlob(await svgToPng(built.svg, built.width, built.height, size === 'card' ? 2 : 1), `${base}${suffix}.png`);
}
