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

/**
 * Colours of composition parts by the group a part belongs to (a 100 % bar has up to 13 parts, more than the
 * palette): the parts of one group (不予公开's eight reasons) share its colour and step down in opacity.
 */
export const COMPOSITION_GROUP_COLORS: Readonly<Record<string, string>> = {
  granted: '#0072B2',
  partial: '#56B4E9',
  denied: '#D55E00',
  unavail: '#999999',
  rejected: '#CC79A7',
  other: '#000000',
  np: '#0072B2',
  org: '#E69F00',
  upheld: '#009E73',
  corrected: '#D55E00',
  pending: '#999999',
};
