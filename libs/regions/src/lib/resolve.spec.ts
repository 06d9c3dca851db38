import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { resolveRegion } from './resolve';

const expectResolved = (r: ReturnType<typeof resolveRegion>, code: string) => {
  if (r.status !== 'resolved') throw new Error(`expected ${code}, got ${JSON.stringify(r)}`);
  expect(r.region.code).toBe(code);
  return r;
};

describe('resolveRegion', () => {
  it('resolves a full chain in an address', () => {
    const r = expectResolved(resolveRegion({ address: '西藏自治区林芝市工布江达县果林路北5号' }), '540421');
    expect(r.confidence).toBe(1);
    expect(r.evidence.map((e) => e.matched)).toEqual(['西藏自治区', '林芝市', '工布江达县']);
  });

  it('resolves a prefecture + county pair and prefers the county', () => {
    expectResolved(resolveRegion({ title: '淮安市洪泽区人民政府2024年政府信息公开工作年度报告' }), '320813');
  });

  it('maps historical names to the current region', () => {
    expectResolved(resolveRegion({ issuer: '洪泽县人民政府' }), '320813');
    expectResolved(resolveRegion({ issuer: '米林县' }), '540481');
  });

  it('maps 平潭综合实验区 to 平潭县', () => {
    expectResolved(
      resolveRegion({ issuer: '平潭综合实验区', regionHint: '福建省 平潭综合实验区' }),
      '350128',
    );
  });

  it('never resolves a bare district name that exists in several places', () => {
    const r = resolveRegion({ issuer: '朝阳区' });
    if (r.status !== 'ambiguous') throw new Error(JSON.stringify(r));
    expect(r.candidates.map((c) => c.code)).toEqual(expect.arrayContaining(['110105', '220104']));
    expect(r.candidates.find((c) => c.code === '110105')?.pathName).toBe('北京市 朝阳区');
    expect(r.candidates.every((c) => c.why.includes('朝阳区'))).toBe(true);
  });

  it('resolves the same district with its city, or with a phone area code', () => {
    expectResolved(resolveRegion({ issuer: '北京市朝阳区' }), '110105');
    expectResolved(resolveRegion({ issuer: '朝阳区', phones: ['010-12345678'] }), '110105');
    expectResolved(resolveRegion({ issuer: '朝阳区', areaCodes: ['0431'] }), '220104');
  });

  it('uses government host names', () => {
    expectResolved(resolveRegion({ hosts: ['www.gongbujiangda.gov.cn'] }), '540421');
    // Province initials before the county pinyin (gz = 贵州).
    expectResolved(resolveRegion({ hosts: ['www.gztongzi.gov.cn'] }), '520322');
    // The same pinyin in two places (淮安 / 怀安) is ambiguous on its own and settled by any printed name.
    expect(resolveRegion({ hosts: ['www.huaian.gov.cn'] }).status).toBe('ambiguous');
    expectResolved(resolveRegion({ hosts: ['www.huaian.gov.cn'], title: '淮安市洪泽区人民政府' }), '320813');
    // Non-government hosts say nothing.
    expect(resolveRegion({ hosts: ['gongbujiangda.example.com'] }).status).toBe('unknown');
  });

  it('uses the telephone area code alone as a prefecture signal', () => {
    expectResolved(resolveRegion({ areaCodes: ['0894'] }), '540400');
    expectResolved(resolveRegion({ phones: ['(0894)5731699'] }), '540400');
    // A code shared by several county-level cities (0728: 仙桃, 潜江, 天门) is not enough on its own.
    const shared = resolveRegion({ areaCodes: ['0728'] });
    expect(shared.status).toBe('ambiguous');
  });

  it('accepts traditional characters', () => {
    expectResolved(resolveRegion({ title: '2020年開平市農業農村局政府信息公開工作年度報告' }), '440783');
  });

  it('lowers confidence when signals disagree', () => {
    const r = expectResolved(
      resolveRegion({ issuer: '工布江达县', hosts: ['www.pingtan.gov.cn'] }),
      '540421',
    );
    expect(r.confidence).toBeLessThan(1);
  });

  it('does not read short names inside ordinary words', () => {
    // 城区 and 郊区 are real district names but also ordinary words.
    expect(resolveRegion({ address: '主城区郊区交界处' }).status).toBe('unknown');
  });

  it('returns unknown for input without place signals', () => {
    expect(resolveRegion({}).status).toBe('unknown');
    expect(resolveRegion({ issuer: '县乡村振兴局', postcode: '999999', phones: ['12345'] }).status).toBe(
      'unknown',
    );
  });
});

type Expected = { id: string; title: string; issuer: string; region_hint?: string };

// The real corpus lives outside the repository (COMMON.md): ../shared/corpus/real relative to the repo root.
const corpusDir = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'corpus', 'real');
const corpus: Expected[] = existsSync(corpusDir)
  ? readdirSync(corpusDir)
      .filter((d) => existsSync(join(corpusDir, d, 'expected.json')))
      .map((d) => JSON.parse(readFileSync(join(corpusDir, d, 'expected.json'), 'utf8')) as Expected)
  : [];

// The region each real document belongs to, by the place it names (not by file): 工布江达 540421, 洪泽 320813,
// 平潭综合实验区 → 平潭县 350128.
const EXPECTED_BY_ISSUER: [RegExp, string][] = [
  [/工布江达/, '540421'],
  [/洪泽/, '320813'],
  [/平潭/, '350128'],
];

describe('real corpus hints', () => {
  if (corpus.length === 0) {
    if (process.env['CI'] === 'true')
      it('needs ../shared/corpus/real under CI', () => expect(corpusDir).toBe('present'));
    else it.skip(`../shared/corpus/real is absent (${corpusDir}): corpus checks skipped`, () => undefined);
    return;
  }
  it.each(corpus.map((d) => [d.id, d] as const))(
    '%s resolves from its title, issuer and region hint',
    (_id, doc) => {
      const code = EXPECTED_BY_ISSUER.find(([re]) => re.test(doc.issuer))?.[1];
      expect(code).toBeDefined();
      const r = resolveRegion({ title: doc.title, issuer: doc.issuer, regionHint: doc.region_hint ?? null });
      expectResolved(r, code ?? '');
    },
  );
});
