import { InvalidArgumentError } from 'commander';

import { parseFormatSpec, parseYearSpec, SAMPLE_FORMATS, type SampleFormat } from '@gongkai/sample-corpus';

/**
 * `--years` and `--formats` are the sample generator's own spec parsers; the CLI only turns their
 * RangeError into commander's usage error with a Chinese explanation.
 */
export function parseYears(text: string): number[] {
  try {
    return parseYearSpec(text);
  } catch (error) {
    throw new InvalidArgumentError(`年份应写成 2019-2025、2021 或 2019,2021，且不早于2019年 (${(error as Error).message}): "${text}"`);
  }
}

export function parseFormats(text: string): SampleFormat[] {
  try {
    const formats = new Set(parseFormatSpec(text));

    return SAMPLE_FORMATS.filter((f) => formats.has(f));
  } catch (error) {
    throw new InvalidArgumentError(`格式只能是 ${SAMPLE_FORMATS.join('、')} (${(error as Error).message})`);
  }
}

export function parsePrefecture(text: string): string {
  if (!/^\d{6}$/.test(text.trim())) throw new InvalidArgumentError(`地区代码应为6位数字 (a 6-digit GB/T 2260 code): "${text}"`);

  return text.trim();
}

/** A numeric seed stays a number (the generator hashes strings and numbers differently). */
export function parseSeed(text: string): number | string {
  if (text.trim() === '') throw new InvalidArgumentError('种子不能为空 (the seed cannot be empty)');

  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : text.trim();
}

export function parseRate(text: string): number {
  const rate = Number(text);
  if (!Number.isFinite(rate) || rate < 0 || rate > 1) throw new InvalidArgumentError(`比例应在 0 到 1 之间 (a share between 0 and 1): "${text}"`);

  return rate;
}
