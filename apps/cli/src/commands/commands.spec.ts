import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { seedReportTxt, type SeedReportOptions } from '../fixtures/seed-report';
import { memoryIo } from '../io';
import { run } from '../main';

/** parse and check with the real parser, on small documents written by the test. */
let dir: string;
let counter = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongkai-cli-real-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(content: string | Uint8Array, name = `doc-${++counter}.txt`): string {
  writeFileSync(join(dir, name), content);

  return name;
}

async function gongkai(...args: string[]) {
  const io = memoryIo(dir);
  const code = await run(args, io);

  return { code, out: io.out(), err: io.err() };
}

function parseJson(text: string): Record<string, unknown> {
  const json: unknown = JSON.parse(text);
  if (typeof json !== 'object' || json === null) throw new Error('not a JSON object');

  return json as Record<string, unknown>;
}

const seed = (options: SeedReportOptions) => file(seedReportTxt(options));

describe('gongkai parse (real parser)', () => {
  it('prints the metadata, every value with state and raw text, and no issues for a consistent report', async () => {
    const result = await gongkai('parse', seed({ template: 'gb2021', issuer: '示例县人民政府', year: 2022 }));
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const json = parseJson(result.out);
    expect(json).toMatchObject({
      title: '示例县人民政府2022年政府信息公开工作年度报告',
      issuer: '示例县人民政府',
      year: 2022,
      template: 'gb2021',
      publishedOn: '2023-01-20',
      format: 'txt',
      issues: [],
      sections: ['一', '二', '三', '四', '五', '六'],
    });
    expect(json['values']).toMatchObject({
      t3_new_received_tot: { value: 6, state: 'number', raw: '6' },
      t3_granted_np: { value: 3, state: 'number', raw: '3' },
      t4_review_total: { value: 0, state: 'number', raw: '0' },
    });
  });

  it('keeps blank, "/" and 0 apart, prints signed counts as numbers and money as a decimal string in 元', async () => {
    const name = seed({
      template: 'gb2019',
      t2: { t2_license_items_delta: '-5', t2_procure_amount_yuan: '2359.4197万元' },
      t3: { denied_third_party: ['', '/', '0', '0', '0', '0', '0'] },
    });
    const json = parseJson((await gongkai('parse', name)).out);
    expect(json['template']).toBe('gb2019');
    expect(json['values']).toMatchObject({
      t2_license_items_delta: { value: -5, state: 'number', raw: '-5' },
      t2_procure_amount_yuan: { value: '23594197', state: 'number', raw: '2359.4197万元', printedUnit: 'wan' },
      t3_denied_third_party_np: { value: null, state: 'blank', raw: '' },
      t3_denied_third_party_com: { value: null, state: 'na', raw: '/' },
      t3_denied_third_party_res: { value: 0, state: 'number', raw: '0' },
    });
  });

  it('lists a failed rule under issues with its message in the chosen language', async () => {
    const name = seed({ template: 'gb2021', t3: { carried_out: ['2', '0', '0', '0', '0', '0', '2'] } });
    const zh = parseJson((await gongkai('parse', name, '--pretty')).out);
    expect(zh['issues']).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'T3_BALANCE', severity: 'ERROR', modes: ['strict', 'lenient'], message: expect.stringMatching(/[\u4e00-\u9fff]/) })]),
    );
    // One issue per problem: the 自然人 and 总计 columns, each once with both modes.
    const balance = (zh['issues'] as { rule: string; cells: string[]; modes: string[] }[]).filter((i) => i.rule === 'T3_BALANCE');
    expect(balance.map((i) => [i.cells[0], i.modes])).toEqual([
      ['t3_new_received_np', ['strict', 'lenient']],
      ['t3_new_received_tot', ['strict', 'lenient']],
    ]);
    const en = parseJson((await gongkai('parse', name, '--lang', 'en')).out);
    const issues = en['issues'] as { rule: string; message: string }[];
    expect(issues.find((i) => i.rule === 'T3_BALANCE')?.message).toMatch(/^[\x20-\x7e–≠−·]+$/);
  });
});

describe('gongkai check (real parser)', () => {
  it('exits 0 and says so when every rule holds', async () => {
    const result = await gongkai('check', seed({ template: 'gb2019' }));
    expect(result.code).toBe(0);
    expect(result.out).toContain('标题：示例县人民政府2020年政府信息公开工作年度报告\n');
    expect(result.out).toContain('格式：2019年版格式');
    expect(result.out).toContain('未发现问题。');
    expect(result.out.trimEnd().split('\n').at(-1)).toBe('0 项错误（严格口径），0 项警告');
  });

  it('exits 1 and shows expected and actual when Table 3 does not balance', async () => {
    // np: 5 new + 0 carried in, but 4 handled + 2 carried out.
    const name = seed({ template: 'gb2021', t3: { carried_out: ['2', '0', '0', '0', '0', '0', '2'] } });
    const zh = await gongkai('check', name);
    expect(zh.code).toBe(1);
    // One line per problem (the 自然人 and 总计 columns), naming both modes in which it fails.
    const balance = zh.out.split('\n').filter((line) => line.startsWith('T3_BALANCE'));
    expect(balance).toHaveLength(2);
    for (const line of balance) expect(line).toMatch(/\s错误\s+严格口径、宽松口径\s/);
    expect(zh.out.trimEnd().split('\n').at(-1)).toMatch(/^[1-9]\d* 项错误（严格口径），/);

    const en = await gongkai('check', name, '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.out).toContain('Template: 2021 template');
    expect(en.out).toMatch(/^Rule\s+Severity\s+Modes\s+Message\s+Expected\s+Actual$/m);
    expect(en.out).toMatch(/^T3_BALANCE\s+error\s+strict reading, lenient reading\s/m);
  });

  it('exits 0 when a sum fails only once blanks are read as 0 (lenient mode)', async () => {
    // 自然人 of （一）予以公开 is blank: strict mode cannot evaluate the sums that need it.
    const name = seed({ template: 'gb2021', t3: { granted: ['', '1', '0', '0', '0', '0', '4'] } });
    const result = await gongkai('check', name);
    expect(result.code).toBe(0);
    const lenient = result.out.split('\n').filter((line) => /^T3_/.test(line));
    expect(lenient.length).toBeGreaterThan(0);
    for (const line of lenient) expect(line).toMatch(/\s错误\s+宽松口径\s/);
    expect(result.out.trimEnd().split('\n').at(-1)).toMatch(/^0 项错误（严格口径），另有 [1-9]\d* 项错误仅在宽松口径下出现/);
  });
});

describe('files that are not readable reports', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'EMPTY_INPUT'],
    ['binary bytes', Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256), 'BINARY_INPUT'],
    ['text that is not a report', '今天天气很好。\n我们去公园散步。\n', 'NOT_A_REPORT'],
  ])('exits 2 for %s with the typed error code', async (_label, content, code) => {
    const result = await gongkai('check', file(content, `bad-${++counter}.bin`));
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toMatch(new RegExp(`^无法读取报告：.+（代码 ${code}）\\n$`));
  });
});
