import stringWidth from 'string-width';

/**
 * Terminal columns a string takes: CJK ideographs and full-width forms count 2 (Unicode East Asian
 * Width W/F), combining marks 0, ANSI colour codes 0. string-width 4.x is the last CommonJS line.
 */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

export function padEndDisplay(text: string, width: number): string {
  const missing = width - displayWidth(text);

  return missing > 0 ? text + ' '.repeat(missing) : text;
}
