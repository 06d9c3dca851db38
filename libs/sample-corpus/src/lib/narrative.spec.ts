import { generateReportSeries } from './generate';
import { type SampleRegion } from './model';

const REGION: SampleRegion = { code: '540421', name: '工布江达县', prefectureName: '林芝市', provinceName: '西藏自治区', kind: 'county' };
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];

describe('the narrative', () => {
  const series = generateReportSeries({ region: REGION, years: YEARS, seed: 7 });

  it('is deterministic', () => {
    expect(generateReportSeries({ region: REGION, years: YEARS, seed: 7 }).map((r) => r.text)).toEqual(series.map((r) => r.text));
  });

  it('carries over part of last year and writes the rest anew, the carried share known per year', () => {
    expect(series[0]?.narrative).toMatchObject({ carried: 0, carryOverTarget: 0 });
    for (const [i, report] of series.slice(1).entries()) {
      const previous = series[i]?.narrative.sentences.map((s) => s.signature) ?? [];
      const { sentences, carried, total } = report.narrative;
      expect(total).toBe(sentences.length);
      expect(carried).toBe(sentences.filter((s) => previous.includes(s.signature)).length);
      // Carried sentences restate this year's figures, not last year's.
      for (const s of sentences.filter((x) => x.carried && /\d{4}年/.test(x.text))) expect(s.text).toContain(String(report.year));
    }
    const shares = series.slice(1).map((r) => r.narrative.carried / r.narrative.total);
    expect(new Set(shares).size).toBeGreaterThan(2);
    expect(Math.max(...shares)).toBeGreaterThan(0);
  });

  it('states the applications every year and mixes specific and generic sentences in section 五', () => {
    for (const report of series) {
      expect(report.text.overview.join('')).toMatch(/(?:收到|受理)政府信息公开申请\d+件/);
      expect(report.narrative.sentences.filter((s) => s.section === '五').length).toBeGreaterThanOrEqual(4);
    }
    const kinds = new Set(series.flatMap((r) => r.narrative.sentences.filter((s) => s.section === '五').map((s) => s.kind)));
    expect(kinds).toEqual(new Set(['specific', 'generic']));
  });
});
