import { RULES, type RuleId, T2_LAYOUT, T3_COLUMNS, t3Key } from '@gongkai/domain';

import { type Finding, type ParsedReport, type ParsedValue } from '../model/parsed-report';
import { parseReportSync } from '../parse-report';
import { reportTxt } from '../../testing/report-builder';
import { type YearReport, validateCrossYear } from './validate-cross-year';
import { validateReport } from './validate-report';

/** A small seeded generator (mulberry32): the same inputs on every run, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;

  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);

    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Change = Partial<ParsedValue>;
const num = (value: string): Change => ({ value, state: 'number', flags: [] });
const CHANGES: readonly (() => Change)[] = [
  () => num('0'),
  () => num('7'),
  () => num('-3'),
  () => num('2.5'),
  () => ({ value: null, state: 'blank', flags: [] }),
  () => ({ value: null, state: 'na', flags: [] }),
  () => ({ value: null, state: 'number', raw: '8040', flags: ['unit_unknown'] }),
];

const base = { gb2019: parseReportSync(reportTxt({ template: 'gb2019' })), gb2021: parseReportSync(reportTxt({ template: 'gb2021' })) };

/** A report of the template with a few cells changed at random, sometimes also its sections, period, issuer and text. */
function variant(next: () => number, template: 'gb2019' | 'gb2021'): Finding[] {
  const report: ParsedReport = base[template];
  const keys = Object.keys(report.values).filter((k) => !k.includes('_rate_'));
  const values: Record<string, ParsedValue> = { ...report.values };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  for (let n = 1 + Math.floor(next() * 4); n > 0; n--) {
    const key = pick(keys);
    values[key] = { ...(values[key] as ParsedValue), ...pick(CHANGES)() };
  }

  return validateReport({
    ...report,
    values,
    sections: next() < 0.2 ? ['一', '三', '二', '四', '六'] : report.sections,
    period: next() < 0.2 ? { start: '2022-01-01', end: '2022-06-30' } : report.period,
    year: report.year ?? 2022,
    issuer: next() < 0.3 ? '某某镇人民政府' : report.issuer,
    issuerKind: next() < 0.3 ? 'township' : report.issuerKind,
    narrative: next() < 0.3 ? `全年共收到${String(Math.floor(next() * 9))}件申请。` : undefined,
  });
}

/** Two consecutive years of one template with the cross-year operands drawn at random. */
function years(next: () => number, template: 'gb2019' | 'gb2021'): Finding[] {
  const draw = () => ({ value: String(Math.floor(next() * 4)), state: 'number' });
  const keys = [
    ...T3_COLUMNS.flatMap((c) => [t3Key('carried_out', c.id), t3Key('carried_in', c.id)]),
    ...T2_LAYOUT[template].flatMap((block) => block.rows.flatMap((row) => block.columns.map((column) => `t2_${row.id}_${column.id}`))),
  ];
  const year = (y: number): YearReport => ({ year: y, template, values: Object.fromEntries(keys.map((k) => [k, draw()])) });

  return validateCrossYear(year(template === 'gb2019' ? 2019 : 2022), year(template === 'gb2019' ? 2020 : 2023));
}

/** Findings about how the tables were read: a row under an unknown label, and digits that split more than one way. */
function readingFindings(): Finding[][] {
  const relabelled = parseReportSync(reportTxt({ template: 'gb2021', t3Labels: { carried_in: '二、去年剩下的申请' } }));
  const stripped = parseReportSync(reportTxt({ template: 'gb2021', t2: { t2_nd_issued: 62, t2_nd_repealed: 33, t2_nd_in_force: 440 } }).replace(/\s+/g, ''));

  return [relabelled.findings, stripped.findings];
}

describe('finding messages', () => {
  const next = random(20261207);
  const reports: Finding[][] = readingFindings();
  for (let i = 0; i < 400; i++) reports.push(variant(next, i % 2 === 0 ? 'gb2019' : 'gb2021'), years(next, i % 2 === 0 ? 'gb2019' : 'gb2021'));
  const findings = reports.flat();

  it('the generated inputs trigger every rule', () => {
    const triggered = new Set<RuleId>(findings.map((f) => f.rule));
    expect(RULES.map((r) => r.id).filter((id) => !triggered.has(id))).toEqual([]);
  });

  it('no Chinese message contains an ASCII word (an internal key, an English phrase)', () => {
    const leaking = findings.filter((f) => /[A-Za-z]/.test(f.messageZh)).map((f) => `${f.rule}: ${f.messageZh}`);
    expect([...new Set(leaking)]).toEqual([]);
  });

  it('no English message names an internal cell key (t3_new_received_np), only labels', () => {
    const leaking = findings.filter((f) => /\b(?:t[234]|h|rate)_[a-z0-9_]+/.test(f.messageEn)).map((f) => `${f.rule}: ${f.messageEn}`);
    expect([...new Set(leaking)]).toEqual([]);
  });

  it('cross-year messages name Table 2 rows by their labels in both languages', () => {
    const items = findings.filter((f) => f.rule === 'XY_T2_2019_ITEMS');
    expect(items.length).toBeGreaterThan(0);
    const rows = T2_LAYOUT.gb2019.flatMap((block) => block.rows);
    for (const f of items) {
      const row = rows.find((r) => f.cells[0] === `t2_${r.id}_items_prev`);
      expect(f.messageZh).toContain(`“${row?.label ?? '?'}”`);
      expect(f.messageEn).toContain(row?.en ?? '?');
    }
  });

  it('each problem is one finding, with its modes in order', () => {
    for (const report of reports) {
      // A copy of a finding but for its mode is what one finding per mode used to look like.
      const keys = report.map((f) => JSON.stringify([f.rule, f.table, f.cells, f.expected, f.actual]));
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect([...new Set(findings.map((f) => f.modes.join()))].sort()).toEqual(['lenient', 'strict,lenient']);
  });
});
