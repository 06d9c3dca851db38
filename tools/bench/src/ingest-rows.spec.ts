import { parseReportSync } from '@gongkai/report-parser';
import { generateReportSeries, linzhiCounties, renderSample } from '@gongkai/sample-corpus';

import { cpuMsFromStat } from './ingest-cpu';
import { copyField, crossYearWithinGroup, normalizeIssuerName, resolveRegionCode, textArrayLiteral, toReportRows } from './ingest-rows';
import { parseIngestArgs, pickCounties } from './ingest.bench';

describe('textArrayLiteral', () => {
  it('quotes every element so commas, braces, quotes and backslashes survive', () => {
    expect(textArrayLiteral([])).toBe('{}');
    expect(textArrayLiteral(['a', 'b,c', '{x}', 'say "hi"', 'back\\slash'])).toBe('{"a","b,c","{x}","say \\"hi\\"","back\\\\slash"}');
  });
});

describe('pickCounties', () => {
  const all = Array.from({ length: 10 }, (_, i) => `code${i}`);
  it('spreads a subset evenly and returns everything for 0 or more than there are', () => {
    expect(pickCounties(all, 5)).toEqual(['code0', 'code2', 'code4', 'code6', 'code8']);
    expect(pickCounties(all, 0)).toHaveLength(10);
    expect(pickCounties(all, 99)).toHaveLength(10);
  });
});

describe('cpuMsFromStat', () => {
  it('reads utime + stime after the command name, even one with spaces and parentheses', () => {
    const stat = '4242 (node (worker) x) R 1 2 3 4 5 6 7 8 9 10 150 25 0 0 20 0 3';
    expect(cpuMsFromStat(stat)).toBe(1750);
  });
});

describe('parseIngestArgs', () => {
  it('reads backends, sizes and flags and refuses unknown ones', () => {
    const parsed = parseIngestArgs(['ingest', '--backend', 'both', '--counties', '30', '--batch', '50', '--keep', '--write']);
    expect(parsed.backends).toEqual(['postgres', 'embedded']);
    expect(parsed.options).toMatchObject({ counties: 30, batch: 50, keep: true });
    expect(parsed.write).toBe(true);
    expect(() => parseIngestArgs(['ingest', '--backend', 'mysql'])).toThrow('--backend');
    expect(() => parseIngestArgs(['ingest', '--nope'])).toThrow('unknown argument');
  });
});

describe('toReportRows on a generated series', () => {
  const region = linzhiCounties()[0];
  if (!region) throw new Error('no sample region');
  const series = generateReportSeries({ region, years: [2020, 2021], seed: 3 });
  const docs = series.map((s) => ({ bytes: renderSample(s, 'txt'), fileName: `${s.id}.txt` }));
  const parsed = docs.map((d) => parseReportSync(d.bytes, { fileName: d.fileName }));

  it('resolves the region, keeps one column entry per value and finding, and hashes the bytes', () => {
    const first = parsed[0];
    if (!first) throw new Error('no parsed report');
    const region0 = resolveRegionCode(first);
    expect(region0).toEqual({ code: region.code });
    const rows = toReportRows(first, { fileName: 'a.txt', bytes: docs[0]?.bytes ?? new Uint8Array(), regionCode: region.code });
    const n = Object.keys(first.values).length;
    expect(n).toBeGreaterThan(100);
    expect(rows.valueCount).toBe(n);
    expect(rows.valuesCopy).toBeNull();
    const values = rows.values;
    if (!values) throw new Error('columns expected');
    for (const column of Object.values(values)) expect(column).toHaveLength(n);
    for (const column of Object.values(rows.issues)) expect(column).toHaveLength(first.findings.length);
    expect(rows.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.year).toBe(2020);
    expect(rows.normalizedIssuerName).toBe(normalizeIssuerName(rows.issuerName));
    // Blank and zero stay apart: every 'number' state has a value, no 'blank' has one.
    values.state.forEach((state, i) => {
      if (state === 'blank') expect(values.value[i]).toBeNull();
    });
    expect(JSON.parse(rows.parsedJson)).toMatchObject({ format: 'txt', sections: first.sections });
  });

  it('writes the same values as COPY text lines, one per value, under a time-ordered report id', () => {
    const first = parsed[0];
    if (!first) throw new Error('no parsed report');
    const meta = { fileName: 'a.txt', bytes: docs[0]?.bytes ?? new Uint8Array(), regionCode: region.code };
    const columns = toReportRows(first, meta);
    const copy = toReportRows(first, meta, [], 'copy');
    expect(copy.values).toBeNull();
    expect(copy.reportId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(copy.reportId > columns.reportId).toBe(true);
    const lines = (copy.valuesCopy ?? '').split('\n').slice(0, -1);
    expect(lines).toHaveLength(columns.valueCount);
    const c = columns.values;
    if (!c) throw new Error('columns expected');
    lines.forEach((line, i) => {
      const fields = line.split('\t');
      expect(fields).toHaveLength(9);
      expect(fields).toEqual([
        copy.reportId,
        copyField(c.metricKey[i] ?? null),
        copyField(c.value[i] ?? null),
        c.state[i],
        copyField(c.raw[i] ?? null),
        copyField(c.printedUnit[i] ?? null),
        copyField(c.flags[i] ?? null),
        copyField(c.provenance[i] ?? null),
        copyField(c.derivedFrom[i] ?? null),
      ]);
    });
  });

  it('checks each report against the same issuer’s previous year only', () => {
    const [a, b] = parsed;
    if (!a || !b) throw new Error('two reports expected');
    const cross = crossYearWithinGroup([
      { parsed: a, issuerKey: 'k' },
      { parsed: b, issuerKey: 'k' },
    ]);
    expect(cross[0]).toEqual([]);
    const alone = crossYearWithinGroup([{ parsed: b, issuerKey: 'k' }]);
    expect(alone).toEqual([[]]);
    // Different issuers never meet.
    expect(crossYearWithinGroup([{ parsed: a, issuerKey: 'x' }, { parsed: b, issuerKey: 'y' }])).toEqual([[], []]);
  });
});

describe('copyField (COPY text format)', () => {
  it('writes NULL as \\N and escapes backslash, tab, newline and carriage return only', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField('3.5')).toBe('3.5');
    expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyField('{"x\\"y"}')).toBe('{"x\\\\"y"}');
  });
});
