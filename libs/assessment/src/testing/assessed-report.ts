import { type ParsedProse, type ProseParagraph } from '@gongkai/report-parser';

import { type AssessedReport, type AssessedValue } from '../lib/types';

/** A small report for tests: sections by numeral with their paragraphs; offsets count as the parser does. */
export function testReport(spec: Partial<Omit<AssessedReport, 'prose' | 'values'>> & { text?: Record<string, string[]>; values?: Record<string, string | AssessedValue> } = {}): AssessedReport {
  const { text, values, ...rest } = spec;
  const numerals = ['一', '二', '三', '四', '五', '六'];
  const sections = text ? numerals.filter((n) => n in text) : numerals;
  let offset = 0;
  let block = 0;
  const paragraph = (t: string): ProseParagraph => {
    const p = { text: t, block, start: offset, end: offset + t.length };
    offset += t.length + 1;
    block += 1;

    return p;
  };
  const prose: ParsedProse = {
    preamble: [],
    trailer: [],
    sections: sections.map((numeral) => {
      const heading = paragraph(`${numeral}、标题`);

      return { numeral, heading: heading.text, block: heading.block, start: heading.start, paragraphs: (text?.[numeral] ?? []).map(paragraph) };
    }),
  };

  return {
    issuer: '测试县人民政府',
    issuerKind: 'gov',
    year: 2022,
    template: 'gb2021',
    publishedOn: '2023-01-20',
    sections,
    prose,
    values: Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, typeof v === 'string' ? { value: v, state: 'number' as const } : v])),
    findings: [],
    extraRows: [],
    needsReview: false,
    ...rest,
  };
}
