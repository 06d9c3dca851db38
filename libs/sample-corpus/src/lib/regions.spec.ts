import { linzhiCounties, resolveRegions } from './regions';

describe('resolveRegions', () => {
  it('resolves --prefecture to the county-level regions of the catalogue, with the address chain', () => {
    const list = resolveRegions({ prefecture: '540400' });
    expect(list.map((r) => r.code)).toEqual(['540402', '540421', '540423', '540424', '540425', '540426', '540481']);
    const gbjd = list.find((r) => r.code === '540421');
    expect(gbjd).toMatchObject({ name: '工布江达县', prefectureName: '林芝市', provinceName: '西藏自治区', kind: 'county', postcode: '860200', areaCode: '0894' });
    expect(list.find((r) => r.code === '540402')?.kind).toBe('district');
    expect(list.find((r) => r.code === '540481')?.kind).toBe('city');
  });

  it('resolves --all to every GB/T 2260 county-level division (a national data set)', () => {
    const all = resolveRegions({ all: true });
    expect(all.length).toBeGreaterThan(2800);
    expect(new Set(all.map((r) => r.code)).size).toBe(all.length);
    // 直辖市 districts have no prefecture layer.
    expect(all.find((r) => r.code === '310101')).toMatchObject({ name: '黄浦区', provinceName: '上海市', prefectureName: '' });
  });

  it('defaults to 林芝市 and rejects unknown codes with a clear error', () => {
    expect(resolveRegions({}).map((r) => r.code)).toEqual(linzhiCounties().map((r) => r.code));
    expect(() => resolveRegions({ prefecture: '999900' })).toThrow(/no county-level regions known for prefecture 999900/);
    expect(resolveRegions({ regions: ['540421'] })[0]?.name).toBe('工布江达县');
    expect(() => resolveRegions({ regions: ['540400'] })).toThrow(/unknown county-level region 540400/);
  });
});
