import { Converter } from 'opencc-js';

let converter: ((text: string) => string) | null = null;

/**
 * Simplified → traditional for the 繁體 share of the corpus (spec D13), as the mirrors do: OpenCC
 * cn→tw on the whole document. Built lazily: the dictionaries cost ~100 ms and most runs never need them.
 */
export function toTraditional(text: string): string {
  converter ??= Converter({ from: 'cn', to: 'tw' });

  return converter(text);
}
