/**
 * Okabe–Ito: distinguishable with the common colour-vision deficiencies. Yellow is last because it is
 * weak on white. The one place where chart colours are written down.
 */
export const PALETTE: readonly string[] = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000', '#F0E442'];

/** Dash patterns that tell series apart once the palette repeats (more than 8 series). */
export const SERIES_DASHES: readonly string[] = ['', '6 3', '2 3'];

export const CHART_COLORS = {
  axis: '#555555',
  grid: '#e3e3e3',
  text: '#1a1a1a',
  muted: '#666666',
  reference: '#7a7a7a',
  background: '#ffffff',
  breakLine: '#9a9a9a',
  up: '#0072B2',
  down: '#D55E00',
} as const;

export function seriesColor(index: number): string {
  return PALETTE[index % PALETTE.length];
}

export function seriesDash(index: number): string {
  return SERIES_DASHES[Math.floor(index / PALETTE.length) % SERIES_DASHES.length];
}
