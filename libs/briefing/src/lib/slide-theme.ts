/**
 * One geometry for both outputs: a 16:9 slide of 13.333 × 7.5 in (PowerPoint's widescreen) is 960 × 540 pt
 * in the PDF. Positions below are inches; the PDF multiplies by 72.
 */
// 40/3 in: PowerPoint's widescreen 13.333 in, exactly 960 pt.
export const SLIDE = { width: 40 / 3, height: 7.5 } as const;
export const PT_PER_IN = 72;

export const MARGIN = 0.5;
export const TITLE_Y = 0.35;
export const SAMPLE_Y = 0.95;
export const BODY_Y = 1.35;
export const FOOTER_Y = 7.0;

/** Colours without '#', as pptxgenjs wants them (the PDF adds it). */
export const COLORS = {
  text: '1A1A1A',
  muted: '555555',
  sample: 'A15C00',
  rule: 'C8CCD2',
  header: 'EEF1F5',
  bad: 'B3261E',
  series: [
    '1F77B4',
    'D62728',
    '2CA02C',
    '9467BD',
    'FF7F0E',
    '8C564B',
    'E377C2',
    '17BECF',
    'BCBD22',
    '7F7F7F',
  ],
} as const;

/** Chinese text in PowerPoint: a face every Chinese Windows has; LibreOffice substitutes Noto Sans CJK. */
export const PPT_FONT = 'Microsoft YaHei';
