import { InvalidArgumentError } from 'commander';

import { SAMPLE_FORMATS, type SampleFormat } from '@gongkai/sample-corpus';

/** The first data year of the national template (spec §1); earlier reports have no standard tables. */
export const FIRST_TEMPLATE_YEAR = 2019;
const LAST_YEAR = 2100;

/** '2019-2025', '2021', '2019,2021,2023' or a mix → sorted distinct years. */
export function parseYears(text: string): number[] {
  const years = new Set<number>();
  for (const part of text.split(',').map((p) => p.trim())) {
    const range = /^(\d{4})\s*[-–~]\s*(\d{4})$/.exec(part);
    const single = /^(\d{4})$/.exec(part);
    const [from, to] = range ? [Number(range[1]), Number(range[2])] : single ? [Number(single[1]), Number(single[1])] : [NaN, NaN];
    if (Number.isNaN(from) || from > to) {
      throw new InvalidArgumentError(`年份应写成 2019-2025、2021 或 2019,2021 (years like 2019-2025, 2021 or 2019,2021): "${part}"`);
    }
    if (from < FIRST_TEMPLATE_YEAR || to > LAST_YEAR) {
      throw new InvalidArgumentError(`年份须在 ${FIRST_TEMPLATE_YEAR}–${LAST_YEAR} 之间 (the templates start in ${FIRST_TEMPLATE_YEAR}): "${part}"`);
    }
    for (let year = from; year <= to; year++) years.add(year);
  }

  return [...years].sort((a, b) => a - b);
}

export function parseFormats(text: string): SampleFormat[] {
  const formats = new Set<SampleFormat>();
  for (const part of text.split(',').map((p) => p.trim().toLowerCase())) {
    const format = SAMPLE_FORMATS.find((f) => f === part);
    if (!format) throw new InvalidArgumentError(`格式只能是 ${SAMPLE_FORMATS.join('、')} (formats: ${SAMPLE_FORMATS.join(', ')}): "${part}"`);
    formats.add(format);
  }

  return SAMPLE_FORMATS.filter((f) => formats.has(f));
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
