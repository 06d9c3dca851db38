import { decodeRoute, encodeRoute, patchParams, readBool, readInt, readList, readSelection, writeList, writeSelection } from './urlState';

describe('decodeRoute / encodeRoute', () => {
  it('round-trips a trends view with several counties and options', () => {
    const route = { name: 'trends' as const, params: { metric: 'rate_disclosed', regions: writeList(['540402', '540421']), from: '2019', to: '2024', log: '1' } };
    const url = encodeRoute(route);
    expect(url).toBe('/trends?from=2019&log=1&metric=rate_disclosed&regions=540402%2C540421&to=2024');
    const [path, search] = url.split('?');
    const back = decodeRoute(path, `?${search}`);
    expect(back).toEqual(route);
    expect(readList(back.params, 'regions')).toEqual(['540402', '540421']);
    expect(readBool(back.params, 'log')).toBe(true);
  });

  it('keeps the id of a report or county page', () => {
    expect(decodeRoute('/report/abc-123', '?lang=en')).toEqual({ name: 'report', id: 'abc-123', params: { lang: 'en' } });
    expect(encodeRoute({ name: 'county', id: '540402', params: {} })).toBe('/county/540402');
  });

  it('falls back to the overview for unknown paths and for a county without a code', () => {
    expect(decodeRoute('/nope', '').name).toBe('overview');
    expect(decodeRoute('/county', '').name).toBe('overview');
  });

  it('drops empty values on both sides', () => {
    expect(decodeRoute('/', '?a=&b=1').params).toEqual({ b: '1' });
    expect(encodeRoute({ name: 'overview', params: { a: '', b: '2' } })).toBe('/?b=2');
  });
});

describe('readers', () => {
  it('reads ints strictly and falls back on garbage', () => {
    expect(readInt({ y: '2022' }, 'y', 1)).toBe(2022);
    expect(readInt({ y: '20x' }, 'y', 1)).toBe(1);
    expect(readInt({}, 'y', 7)).toBe(7);
  });

  it('reads an empty list when the key is absent', () => {
    expect(readList({}, 'regions')).toEqual([]);
  });

  it('patches and removes keys', () => {
    expect(patchParams({ a: '1', b: '2' }, { a: undefined, c: 3 })).toEqual({ b: '2', c: '3' });
  });
});

describe('readSelection / writeSelection', () => {
  it('tells an absent list (the default) from one the user cleared', () => {
    expect(readSelection({}, 'regions')).toBeNull();
    expect(readSelection({ regions: writeSelection([]) }, 'regions')).toEqual([]);
    expect(readSelection({ regions: writeSelection(['540402', '540421']) }, 'regions')).toEqual(['540402', '540421']);
  });
});
