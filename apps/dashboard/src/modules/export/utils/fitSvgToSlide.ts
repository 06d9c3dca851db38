import { CHART_COLORS } from '../../core/theme/constants/PALETTE';
import { type ExportSvg } from './buildExportSvg';

/** Image sizes a slide takes without scaling: 16:9 at full HD and at 720p. */
export const SLIDE_SIZES = {
  '1920x1080': { width: 1920, height: 1080 },
  '1280x720': { width: 1280, height: 720 },
} as const;

export type ExportSize = 'card' | keyof typeof SLIDE_SIZES;

/**
 * The card's export centred on a slide-sized canvas, scaled up (or down) to fit whole: the file is exactly
 * width × height, so it fills a 16:9 slide without stretching text or lines.
 */
export function fitSvgToSlide(built: ExportSvg, width: number, height: number): ExportSvg {
  const margin = Math.round(height * 0.04);
  const scale = Math.min((width - margin * 2) / built.width, (height - margin * 2) / built.height);
  const dx = Math.round((width - built.width * scale) / 2);
  const dy = Math.round((height - built.height * scale) / 2);
  const inner = built.svg.replace(/^<svg /, `<svg x="0" y="0" `);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="${CHART_COLORS.background}"/><g transform="translate(${dx},${dy}) scale(${Number(scale.toFixed(4))})">${inner}</g></svg>`;

  return { svg, width, height };
}
