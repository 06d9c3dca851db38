import { CHART_COLORS } from '../../core/theme/constants/PALETTE';
import { FONT_STACK } from '../../core/theme/constants/CHART_LAYOUT';
import { type ChartExportMeta } from '../types';

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rough text width for layout (CJK glyphs are about one em, Latin about half). */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += /[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.58;

  return units * fontSize;
}

export type ExportSvg = { svg: string; width: number; height: number };

/** The warning colour of sample-data notes (the banner's). */
export const SAMPLE_COLOR = '#a15c00';

/** A diamond centred on (cx, cy): the marker of a sample-data point, on screen and in exports. */
export function diamondPath(cx: number, cy: number, r: number): string {
  return `M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`;
}

/**
 * Wraps the chart's own SVG (serialised markup, sized `chartWidth` × `chartHeight`) in a self-contained
 * SVG with title, subtitle, legend and source drawn as SVG text in an explicit CJK font stack, so the
 * file looks like the screen without page CSS (TOOLCHAIN §6: a bare serialisation loses the HTML legend
 * and falls back to serif).
 */
export function composeExportSvg(chartMarkup: string, chartWidth: number, chartHeight: number, meta: Pick<ChartExportMeta, 'title' | 'subtitle' | 'legend' | 'sourceNote' | 'dataDate' | 'sampleNote'>): ExportSvg {
  const pad = 20;
  const width = Math.max(chartWidth + pad * 2, 480);
  let y = pad;
  const parts: string[] = [];
  y += 20;
  parts.push(`<text x="${pad}" y="${y}" font-size="18" font-weight="700" fill="${CHART_COLORS.text}">${esc(meta.title)}</text>`);
  if (meta.subtitle) {
    y += 22;
    parts.push(`<text x="${pad}" y="${y}" font-size="13" fill="${CHART_COLORS.muted}">${esc(meta.subtitle)}</text>`);
  }
  if (meta.sampleNote) {
    // Under the title, in the warning colour: an image cut out of a briefing still says it shows sample data.
    y += 20;
    parts.push(`<text x="${pad}" y="${y}" font-size="13" font-weight="700" fill="${SAMPLE_COLOR}" data-sample-note="true">${esc(meta.sampleNote)}</text>`);
  }
  y += 14;
  const chartTop = y;
  parts.push(`<g transform="translate(${pad},${chartTop})">${chartMarkup}</g>`);
  y = chartTop + chartHeight + 8;
  // Legend: swatch + label, wrapped to the width.
  let x = pad;
  const rowHeight = 20;
  if (meta.legend.length > 0) {
    y += 14;
    for (const item of meta.legend) {
      const w = 26 + textWidth(item.label, 12) + 16;
      if (x + w > width - pad && x > pad) {
        x = pad;
        y += rowHeight;
      }
      const swatch =
        item.kind === 'sample-bar'
          ? `<rect x="${x}" y="${y - 9}" width="18" height="10" fill="${item.color}" fill-opacity="0.35" stroke="${item.color}" stroke-dasharray="3 2"/>`
          : item.kind === 'sample-ring'
          ? `<circle cx="${x + 9}" cy="${y - 4}" r="4" fill="#ffffff" stroke="${item.color}" stroke-width="1.5"/>`
          : item.kind === 'sample'
          ? `<path d="${diamondPath(x + 9, y - 4, 5)}" fill="#ffffff" stroke="${item.color}" stroke-width="1.5"/>`
          : item.kind === 'bar'
          ? `<rect x="${x}" y="${y - 9}" width="18" height="10" fill="${item.color}"/>`
          : `<line x1="${x}" y1="${y - 4}" x2="${x + 18}" y2="${y - 4}" stroke="${item.color}" stroke-width="2.5"${item.dashed ? ` stroke-dasharray="${item.dashed}"` : ''}/>`;
      parts.push(`${swatch}<text x="${x + 24}" y="${y}" font-size="12" fill="${CHART_COLORS.text}">${esc(item.label)}</text>`);
      x += w;
    }
  }
  y += 22;
  parts.push(`<text x="${pad}" y="${y}" font-size="11" fill="${CHART_COLORS.muted}">${esc(meta.sourceNote)}</text>`);
  parts.push(`<text x="${width - pad}" y="${y}" font-size="11" text-anchor="end" fill="${CHART_COLORS.muted}">${esc(meta.dataDate)}</text>`);
  const height = y + pad - 4;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT_STACK)}"><rect width="100%" height="100%" fill="${CHART_COLORS.background}"/>${parts.join('')}</svg>`;

  return { svg, width, height };
}

/** The main chart surface inside a container: Recharts' (not its legend icons: TOOLCHAIN §6) or a mini trend's. */
export function findChartSvg(container: Element): SVGSVGElement | null {
  return container.querySelector<SVGSVGElement>('.recharts-wrapper > svg, .mini-trend > svg');
}

function cloneSurface(surface: SVGSVGElement, width: number, height: number): string {
  const clone = surface.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  clone.querySelectorAll('text, tspan').forEach((node) => node.setAttribute('font-family', FONT_STACK));
  // Hover-only layers (tooltip cursor, active dots) are not part of the export.
  clone.querySelectorAll('.recharts-tooltip-cursor, .recharts-active-dot').forEach((node) => node.remove());

  return new XMLSerializer().serializeToString(clone);
}

/**
 * Serialises a drawn chart with fonts made explicit on every text node. Small multiples mark each
 * panel with `data-export-panel="<title>"`: the panels keep their on-screen arrangement. Browser only.
 */
export function buildExportSvg(container: Element, meta: ChartExportMeta): ExportSvg | null {
  const panels = [...container.querySelectorAll<HTMLElement>('[data-export-panel]')];
  if (panels.length > 0) {
    const origin = container.getBoundingClientRect();
    const pieces: string[] = [];
    let width = 0;
    let height = 0;
    for (const panel of panels) {
      const surface = findChartSvg(panel);
      if (!surface) continue;
      const box = surface.getBoundingClientRect();
      const x = Math.round(box.left - origin.left);
      const y = Math.round(box.top - origin.top);
      const w = Math.round(box.width);
      const h = Math.round(box.height);
      pieces.push(
        `<g transform="translate(${x},${y})"><text x="6" y="-4" font-size="12" fill="${CHART_COLORS.text}">${esc(panel.dataset.exportPanel ?? '')}</text>${cloneSurface(surface, w, h)}</g>`,
      );
      width = Math.max(width, x + w);
      height = Math.max(height, y + h);
    }
    if (pieces.length === 0) return null;

    return composeExportSvg(`<g transform="translate(0,16)">${pieces.join('')}</g>`, width, height + 16, meta);
  }
  const surface = findChartSvg(container);
  if (!surface) return null;
  const rect = surface.getBoundingClientRect();
  const chartWidth = Math.round(rect.width) || Number(surface.getAttribute('width')) || 600;
  const chartHeight = Math.round(rect.height) || Number(surface.getAttribute('height')) || 300;

  return composeExportSvg(cloneSurface(surface, chartWidth, chartHeight), chartWidth, chartHeight, meta);
}
