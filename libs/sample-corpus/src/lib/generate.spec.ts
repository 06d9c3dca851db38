import { reportedMetrics, T3_APPLICANT_COLUMNS, T3_COLUMNS, T3_ROWS, type TemplateVersion } from '@gongkai/domain';

import { ALL_YEARS, manySamples, testRegions } from '../../test/helpers';
import { generateReportSeries, templateForYear } from './generate';
import { type CorpusCell, type ExpectedDocument, type SampleReport } from './model';

/** The test's own arithmetic, straight on the corpus-shaped arrays (independent of rules.ts). */
const n = (c: CorpusCell | undefined): number | null => (typeof c === 'number' ? c : null);

function balanceBroken(e: ExpectedDocument): boolean {
  return T3_COLUMNS.some((_, i) => {
    const [a, b, c, d] = ['new_received', 'carried_in', 'result_total', 'carried_out'].map((r) => n(e.t3[r]?.[i]));
    return a !== null && b !== null && c !== null && d !== null && a + b !== c + d;
  });
}

function rowTotalBroken(e: ExpectedDocument): boolean {
  return Object.values(e.t3).some((row) => {
    const tot = n(row[6]);
    const parts = row.slice(0, 6).map(n);
    return tot !== null && parts.every((p) => p !== null) && parts.reduce<number>((s, p) => s + (p as number), 0) !== tot;
  });
}

function resultSumBroken(e: ExpectedDocument): boolean {
  const outcomeRows = Object.keys(e.t3).filter((r) => !['new_received', 'carried_in', 'result_total', 'carried_out'].includes(r));
  return T3_COLUMNS.some((_, i) => {
    const total = n(e.t3.result_total?.[i]);
    const parts = outcomeRows.map((r) => n(e.t3[r]?.[i]));
    return total !== null && parts.every((p) => p !== null) && parts.reduce<number>((s, p) => s + (p as number), 0) !== total;
  });
}

function t4Broken(e: ExpectedDocument): boolean {
  return [0, 5, 10].some((o) => {
    const g = e.t4.values.slice(o, o + 5).map(n);
    return g.every((v) => v !== null) && (g[0] as number) + (g[1] as number) + (g[2] as number) + (g[3] as number) !== g[4];
  });
}

const BROKEN = { T3_BALANCE: balanceBroken, T3_ROW_TOTAL: rowTotalBroken, T3_RESULT_SUM: resultSumBroken, T4_GROUP_TOTAL: t4Broken } as const;

describe('generateReportSeries', () => {
  const samples = manySamples(1400, 20261127);

  it('uses GB2019 for 2019–2020 and GB2021 from 2021', () => {
    expect(templateForYear(2019)).toBe('gb2019');
    expect(templateForYear(2020)).toBe('gb2019');
    expect(templateForYear(2021)).toBe('gb2021');
    const wrong = samples.filter((s) => s.template !== (s.year <= 2020 ? 'gb2019' : 'gb2021'));
    expect(wrong).toEqual([]);
  });

  it('prints every reported metric of the catalogue, and nothing else, in `values`', () => {
    const keys: Record<TemplateVersion, string> = {
      gb2019: reportedMetrics('gb2019').map((m) => m.key).sort().join(','),
      gb2021: reportedMetrics('gb2021').map((m) => m.key).sort().join(','),
    };
    const bad = samples.filter((s) => Object.keys(s.expected.values).sort().join(',') !== keys[s.template]).map((s) => s.id);
    expect(bad).toEqual([]);
    const sample = samples[0] as SampleReport;
    expect(Object.keys(sample.expected.t3)).toEqual(T3_ROWS.filter((r) => r.versions.includes(sample.template)).map((r) => r.id));
  });

  it('is balanced by construction when no error is injected (clean printing: every rule decidable)', () => {
    const clean = manySamples(350, 'clean', { errorRate: 0, deviationScale: 0 });
    const broken = clean.filter((s) => Object.values(BROKEN).some((check) => check(s.expected)) || s.expectedFailingRules.length > 0);
    expect(broken.map((s) => s.id)).toEqual([]);
    // Clean printing really prints every cell.
    const blanks = clean.flatMap((s) => Object.entries(s.expected.values).filter(([, v]) => v.state !== 'number').map(([k]) => `${s.id}:${k}`));
    expect(blanks).toEqual([]);
  });

  it('keeps documents without injected errors free of ERROR-rule failures, with deviations on', () => {
    const bad = samples.filter((s) => s.injectedErrors.length === 0 && s.expectedFailingRules.length > 0).map((s) => s.id);
    expect(bad).toEqual([]);
  });

  it('injects errors at a realistic rate, and each injected error breaks the rule it names', () => {
    const withErrors = samples.filter((s) => s.injectedErrors.length > 0);
    const rate = withErrors.length / samples.length;
    expect(rate).toBeGreaterThan(0.03);
    expect(rate).toBeLessThan(0.1);
    const kinds = new Set(withErrors.map((s) => s.injectedErrors[0]?.kind));
    expect(kinds.size).toBe(4);
    const notBroken = withErrors.flatMap((s) =>
      s.injectedErrors.filter((e) => !BROKEN[e.rule as keyof typeof BROKEN](s.expected) || !s.expectedFailingRules.includes(e.rule)).map((e) => `${s.id}:${e.kind}`),
    );
    expect(notBroken).toEqual([]);
    // The corpus-shaped failing_rules equal the sample's own list.
    expect(withErrors.every((s) => s.expected.failing_rules.join() === s.expectedFailingRules.join())).toBe(true);
  });

  it('carries state across a region’s years: carried_out → carried_in, in_force and item counts', () => {
    const problems: string[] = [];
    for (const region of testRegions(30)) {
      const series = generateReportSeries({ region, years: ALL_YEARS, seed: 5, errorRate: 0, deviationScale: 0 });
      for (let i = 1; i < series.length; i++) {
        const prev = (series[i - 1] as SampleReport).expected;
        const cur = (series[i] as SampleReport).expected;
        if (JSON.stringify(prev.t3.carried_out) !== JSON.stringify(cur.t3.carried_in)) problems.push(`${cur.id} carry`);
        if (prev.template === 'gb2021') {
          const expectInForce = (prev.t2.t2_nd_in_force as number) + (cur.t2.t2_nd_issued as number) - (cur.t2.t2_nd_repealed as number);
          if (cur.t2.t2_nd_in_force !== expectInForce) problems.push(`${cur.id} in_force`);
        }
        if (prev.year === 2019 && cur.year === 2020) {
          for (const row of ['license', 'othersvc', 'penalty', 'coercion', 'fee']) {
            const want = (prev.t2[`t2_${row}_items_prev`] as number) + (prev.t2[`t2_${row}_items_delta`] as number);
            if (cur.t2[`t2_${row}_items_prev`] !== want) problems.push(`${cur.id} ${row} items`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('draws county-level magnitudes: requests mostly from 自然人, decisions in the hundreds to thousands', () => {
    const totals = samples.map((s) => s.expected.values.t3_new_received_tot?.value).filter((v): v is string => v !== null && v !== undefined).map(Number);
    totals.sort((a, b) => a - b);
    // 0–300 a year for most counties (real corpus); a few large districts above.
    expect(totals[Math.floor(totals.length * 0.9)]).toBeLessThanOrEqual(300);
    expect(totals[totals.length - 1]).toBeLessThanOrEqual(1200);
    const np = samples.reduce((sum, s) => sum + Number(s.expected.values.t3_new_received_np?.value ?? 0), 0);
    const all = samples.reduce((sum, s) => sum + Number(s.expected.values.t3_new_received_tot?.value ?? 0), 0);
    expect(np / all).toBeGreaterThan(0.7);
    const permits = samples.map((s) => Number(s.expected.values.t2_license_decisions?.value));
    expect(Math.min(...permits)).toBeGreaterThanOrEqual(80);
    expect(Math.max(...permits)).toBeLessThanOrEqual(10000);
    const penalties = samples.map((s) => Number(s.expected.values.t2_penalty_decisions?.value));
    expect(Math.max(...penalties)).toBeLessThanOrEqual(5000);
  });

  it('publishes mostly before the 31 March deadline of the following year, some late', () => {
    const late = samples.filter((s) => s.publishedOn > `${s.year + 1}-03-31`);
    const early = samples.filter((s) => s.publishedOn < `${s.year + 1}-01-01`);
    expect(early).toEqual([]);
    expect(late.length / samples.length).toBeGreaterThan(0.03);
    expect(late.length / samples.length).toBeLessThan(0.2);
  });

  it('leaves out years at the requested missingRate', () => {
    const regions = testRegions(60);
    const full = regions.length * ALL_YEARS.length;
    const got = regions.flatMap((region) => generateReportSeries({ region, years: ALL_YEARS, seed: 3, missingRate: 0.2 })).length;
    expect(got / full).toBeGreaterThan(0.7);
    expect(got / full).toBeLessThan(0.9);
    // Missing years do not change the other years: the series state still runs through them.
    const region = regions[0] as (typeof regions)[number];
    const all = generateReportSeries({ region, years: ALL_YEARS, seed: 3 });
    const gappy = generateReportSeries({ region, years: ALL_YEARS, seed: 3, missingRate: 0.2 });
    for (const s of gappy) expect(s.expected).toEqual(all.find((a) => a.year === s.year)?.expected);
  });

  it('uses the §7 deviations at realistic rates', () => {
    const share = (id: string) => samples.filter((s) => s.deviations.includes(id as never)).length / samples.length;
    expect(share('D02_NA_SLASH')).toBeGreaterThan(0.05);
    expect(share('D01_BLANK_ZERO')).toBeGreaterThan(0.02);
    expect(share('D11_COLLAPSED_ROWS')).toBeGreaterThan(0.01);
    expect(share('D13_TRADITIONAL')).toBeGreaterThan(0.005);
    expect(share('D13_TRADITIONAL')).toBeLessThan(0.08);
    expect(share('D17_HEADING_VARIANT')).toBeGreaterThan(0.05);
    const gb2019 = samples.filter((s) => s.template === 'gb2019');
    const units = new Set(gb2019.map((s) => s.expected.values.t2_procure_amount_yuan?.printedUnit));
    expect(units).toEqual(new Set(['wan', 'yuan', null]));
    const signed = gb2019.flatMap((s) => Object.entries(s.expected.values).filter(([k]) => k.endsWith('_items_delta')).map(([, v]) => v.raw));
    expect(signed.some((r) => r.startsWith('-'))).toBe(true);
    expect(signed.some((r) => r.startsWith('+'))).toBe(true);
  });

  it('describes blank, "/" and collapsed cells exactly', () => {
    const withNa = samples.find((s) => s.deviations.includes('D02_NA_SLASH')) as SampleReport;
    const reg = Object.entries(withNa.expected.values).filter(([k]) => k.startsWith('t2_reg_'));
    expect(reg.every(([, v]) => v.state === 'na' && v.value === null && v.raw === '/')).toBe(true);
    expect(Object.entries(withNa.expected.t2).filter(([k]) => k.startsWith('t2_reg_')).every(([, v]) => v === 'NA')).toBe(true);

    const collapsed = samples.find((s) => s.collapsedRows.length > 0) as SampleReport;
    const row = collapsed.collapsedRows[0] as string;
    expect(collapsed.expected.t3[row]).toEqual([null, null, null, null, null, null, 0]);
    expect(T3_APPLICANT_COLUMNS.every((c) => collapsed.expected.values[`t3_${row}_${c}`]?.state === 'blank')).toBe(true);
  });

  it('converts money exactly: 万元 × 10000 in 元, decimal strings', () => {
    const wan = samples.filter((s) => s.expected.values.t2_procure_amount_yuan?.printedUnit === 'wan');
    for (const s of wan.slice(0, 200)) {
      const v = s.expected.values.t2_procure_amount_yuan;
      const printed = (v?.raw ?? '').replace('万元', '');
      const [int, frac = ''] = printed.split('.');
      const yuan = BigInt(`${int}${frac.padEnd(4, '0')}`);
      expect(v?.value).toBe(yuan.toString());
    }
  });
});
