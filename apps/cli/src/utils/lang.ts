import { Option } from 'commander';

/** Language of what people read: Chinese first, English on request. Codes and JSON keys stay English. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

export function langOption(): Option {
  return new Option('--lang <lang>', '输出语言 (output language)').choices(LANGS).default('zh');
}

export function pick(lang: Lang, text: { zh: string; en: string }): string {
  return lang === 'zh' ? text.zh : text.en;
}
