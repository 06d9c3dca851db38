import { type Page } from 'playwright-core';

/**
 * Markup a hostile report carries in the texts the dashboard shows (title, issuer name, file name); each
 * sets the global __xss if it ever runs. The title payloads hold no whitespace (the parser compacts it out
 * of titles): '/' separates the attributes instead, and the quoted src keeps '/onerror' out of its value.
 */
export const PAYLOADS = {
  img: '<img/src="x"/onerror=__xss=1>',
  script: '<script>__xss=2</script>',
  url: 'javascript:__xss=3;',
  fileName: '<img src=x onerror=__xss=4>.txt',
} as const;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces a txt report's title (printed over one or two lines) by `title` on one line. */
export function retitle(text: string, oldTitle: string, title: string): string {
  const printed = new RegExp([...oldTitle].map(escapeRegExp).join('\\s*'));
  if (!printed.test(text)) throw new Error(`the title ${oldTitle} is not in the document`);

  return text.replace(printed, title);
}

export type LiveMarkup = { xss: unknown; images: number; handlers: number; scripts: number; scriptUrls: number };

/** Anything a payload could have turned into on the page: all zero (and xss undefined) when shown inert. */
export async function liveMarkup(page: Page): Promise<LiveMarkup> {
  return page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    images: document.querySelectorAll('img[src="x"]').length,
    handlers: document.querySelectorAll('[onerror], [onload]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('__xss')).length,
    scriptUrls: document.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i]').length,
  }));
}

export const NOTHING_LIVE: LiveMarkup = { xss: undefined, images: 0, handlers: 0, scripts: 0, scriptUrls: 0 };
