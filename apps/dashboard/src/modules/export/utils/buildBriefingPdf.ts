import { FONT_STACK } from '../../core/theme/constants/CHART_LAYOUT';
import { buildExportSvg } from './buildExportSvg';
import { type RegisteredChart } from './chartRegistry';
import { downloadBlob, safeFileName } from './download';
import { svgToPng } from './svgToPng';

async function blobToDataUrl(blob: Blob): Promise<string> {
  return await new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/** Splits a line into pieces no wider than `width` on the canvas (CJK text has no spaces to break at). */
function wrap(ctx: CanvasRenderingContext2D, line: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of line) {
    if (piece && ctx.measureText(piece + char).width > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }

  return piece ? [...pieces, piece] : pieces;
}

/** The cover is drawn on a canvas: the PDF then needs no embedded CJK font. Long lines (the headline's) wrap. */
function coverImage(title: string, lines: readonly string[]): string {
  const canvas = document.createElement('canvas');
  canvas.width = 1684;
  canvas.height = 1190;
  const ctx = canvas.getContext('2d');
  if (!ctx) return '';
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = `700 64px ${FONT_STACK}`;
  ctx.fillText(title, 120, 300);
  ctx.font = `28px ${FONT_STACK}`;
  ctx.fillStyle = '#444444';
  const drawn = lines.flatMap((line) => wrap(ctx, line, canvas.width - 240));
  drawn.forEach((line, i) => ctx.fillText(line, 120, 390 + i * 44));

  return canvas.toDataURL('image/png');
}

/** A briefing pack: a cover and one A4 landscape page per chart of the page. jsPDF is loaded only now. */
export async function buildBriefingPdf(charts: readonly RegisteredChart[], title: string, coverLines: readonly string[], fileName: string): Promise<number> {
  const { jsPDF } = await import('jspdf');
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4', compress: true });
  const pageW = pdf.internal.pageSize.getWidth();
  const pageH = pdf.internal.pageSize.getHeight();
  // A pack with any chart of sample data says so on its cover too (each chart page carries its own caption).
  const sampleNote = charts.map((c) => c.meta().sampleNote).find((note) => note);
  const cover = coverImage(title, sampleNote ? [...coverLines, sampleNote] : coverLines);
  if (cover) pdf.addImage(cover, 'PNG', 0, 0, pageW, pageH);
  let pages = 0;
  for (const chart of charts) {
    const element = chart.element();
    if (!element) continue;
    const built = buildExportSvg(element, chart.meta());
    if (!built) continue;
    const png = await blobToDataUrl(await svgToPng(built.svg, built.width, built.height, 2));
    pdf.addPage('a4', 'landscape');
    const margin = 36;
    const scale = Math.min((pageW - margin * 2) / built.width, (pageH - margin * 2) / built.height);
    const w = built.width * scale;
    const h = built.height * scale;
    pdf.addImage(png, 'PNG', (pageW - w) / 2, (pageH - h) / 2, w, h);
    pages += 1;
  }
  downloadBlob(pdf.output('blob'), `${safeFileName(fileName)}.pdf`);

  return pages;
}
