import {
  REGIONS,
  ancestorsOf,
  childrenOf,
  countiesOf,
  currentCode,
  getRegion,
  history,
  normalizeText,
  pathName,
  searchRegions,
} from './catalogue';

describe('catalogue', () => {
  const count = (level: string, standard = true) =>
    REGIONS.filter((r) => r.level === level && r.standard === standard).length;

  it('has the mainland provinces, ~333 prefectures and ~2,850 GB/T 2260 county-level divisions', () => {
    expect(count('province')).toBe(31);
    expect(count('prefecture')).toBeGreaterThanOrEqual(330);
    expect(count('prefecture')).toBeLessThanOrEqual(336);
    expect(count('county')).toBeGreaterThanOrEqual(2830);
    expect(count('county')).toBeLessThanOrEqual(2870);
    // Statistical-only zones are kept but flagged.
    expect(count('county', false)).toBeGreaterThan(50);
    expect(REGIONS.filter((r) => !r.standard).every((r) => r.code[4] === '7')).toBe(true);
  });

  it('has unique six-digit codes whose parents exist and whose prefix matches the parent', () => {
    const codes = new Set(REGIONS.map((r) => r.code));
    expect(codes.size).toBe(REGIONS.length);
    for (const r of REGIONS) {
      expect(r.code).toMatch(/^\d{6}$/);
      if (r.parentCode === null) {
        expect(r.level).toBe('province');
        continue;
      }
      expect(codes.has(r.parentCode)).toBe(true);
      // The parent is a level above (东莞市 once listed itself as its own county).
      expect(r.parentCode === r.code).toBe(false);
      expect(r.level === 'county' ? r.parentCode.endsWith('00') : r.parentCode.endsWith('0000')).toBe(true);
      expect(r.code.slice(0, 2)).toBe(r.parentCode.slice(0, 2));
    }
  });

  it('derives short names and pinyin stems', () => {
    expect(getRegion('540421')).toMatchObject({
      name: '工布江达县',
      shortName: '工布江达',
      pinyin: 'gongbujiangda',
      level: 'county',
    });
    expect(getRegion('540400')?.shortName).toBe('林芝');
    expect(getRegion('540000')?.shortName).toBe('西藏');
    // A one-character stem is not a usable short name.
    const he = REGIONS.find((r) => r.name === '和县');
    expect(he?.shortName).toBe('和县');
  });

  it('walks the hierarchy', () => {
    expect(ancestorsOf('540421').map((r) => r.code)).toEqual(['540000', '540400']);
    expect(pathName('540421')).toBe('西藏自治区 林芝市 工布江达县');
    // 直辖市 districts have no prefecture layer.
    expect(pathName('110105')).toBe('北京市 朝阳区');
    expect(getRegion('110105')?.prefectureCode).toBeNull();
    expect(countiesOf('540400').map((r) => r.name)).toContain('工布江达县');
    expect(countiesOf('540400').every((r) => r.parentCode === '540400')).toBe(true);
    const tibetCounties = childrenOf('540000', 'county');
    expect(tibetCounties.length).toBeGreaterThan(70);
    expect(tibetCounties.every((r) => r.level === 'county')).toBe(true);
    expect(childrenOf('540000').every((r) => r.level === 'prefecture')).toBe(true);
    expect(childrenOf('999999')).toEqual([]);
    // Prefecture-level cities without counties.
    expect(pathName('441900')).toBe('广东省 东莞市');
    expect(countiesOf('441900')).toEqual([]);
  });

  it('hides statistical-only zones from children unless asked', () => {
    const zone = REGIONS.find((r) => !r.standard && r.parentCode !== null);
    if (!zone || zone.parentCode === null) throw new Error('no statistical zone in the data');
    expect(childrenOf(zone.parentCode).map((r) => r.code)).not.toContain(zone.code);
    expect(childrenOf(zone.parentCode, undefined, { includeNonStandard: true }).map((r) => r.code)).toContain(
      zone.code,
    );
  });
});

describe('history', () => {
  it('maps 米林县 540422 to 米林市 540481', () => {
    expect(getRegion('540422')).toBeUndefined();
    expect(currentCode('540422')).toBe('540481');
    const h = history('540481');
    expect(h.map((e) => [e.code, e.name])).toEqual(
      expect.arrayContaining([
        ['540422', '米林县'],
        ['540481', '米林市'],
      ]),
    );
    expect(h[h.length - 1]).toMatchObject({ code: '540481', kind: 'current', lastSeen: null });
  });

  it('maps 洪泽县 320829 to 洪泽区 320813 (2016)', () => {
    expect(currentCode('320829')).toBe('320813');
    const old = history('320829').find((e) => e.code === '320829');
    expect(old).toMatchObject({ name: '洪泽县', lastSeen: 2015 });
    expect(history('320813').map((e) => e.name)).toContain('洪泽县');
  });

  it('maps 错那县 (both of its old codes) to 错那市 540581', () => {
    expect(currentCode('540530')).toBe('540581');
    expect(searchRegions('错那县').map((r) => r.code)).toEqual(['540581']);
  });

  it('follows a reused code: 232701 was 加格达奇区 (→ 232761) before it became 漠河市 (from 漠河县 232723)', () => {
    expect(currentCode('232723')).toBe('232701');
    expect(getRegion('232701')?.name).toBe('漠河市');
    expect(history('232701').map((e) => e.name)).toEqual(['漠河县', '漠河市']);
    expect(history('232761').map((e) => [e.code, e.name])).toEqual([
      ['232701', '加格达奇区'],
      ['232761', '加格达奇区'],
    ]);
  });

  it('keeps abolished divisions with no successor in history', () => {
    const abolished = history('230702');
    expect(abolished).toEqual([
      expect.objectContaining({ code: '230702', name: '伊春区', kind: 'abolished' }),
    ]);
    expect(currentCode('230702')).toBeNull();
  });

  it('maps merged divisions and pre-2015 names from the supplement', () => {
    expect(currentCode('371200')).toBe('370100');
    expect(history('370100').map((e) => e.name)).toContain('莱芜市');
    expect(searchRegions('林芝地区')[0].code).toBe('540400');
    expect(history('540400').map((e) => [e.name, e.kind])).toEqual([
      ['林芝地区', 'renamed'],
      ['林芝市', 'current'],
    ]);
  });

  it('returns null for unknown codes and keeps current codes', () => {
    expect(currentCode('000000')).toBeNull();
    expect(currentCode('540421')).toBe('540421');
    expect(history('000000')).toEqual([]);
  });
});

describe('search and normalisation', () => {
  it('finds current, historical, short and traditional names', () => {
    expect(searchRegions('工布江达县')[0].code).toBe('540421');
    expect(searchRegions('工布江達縣')[0].code).toBe('540421');
    expect(searchRegions('洪泽县')[0].code).toBe('320813');
    expect(searchRegions('平潭综合实验区')[0].code).toBe('350128');
    expect(searchRegions('朝阳区').map((r) => r.code)).toEqual(expect.arrayContaining(['110105', '220104']));
    expect(searchRegions('')).toEqual([]);
  });

  it('normalises width, spaces and traditional characters', () => {
    expect(normalizeText('淮安市 洪澤區　')).toBe('淮安市洪泽区');
    expect(normalizeText('０８９４')).toBe('0894');
  });
});
