import { parse } from 'graphql';

import { isCacheableOperation } from './is-cacheable-operation.util';

const cacheable = (query: string, operationName?: string) => isCacheableOperation(parse(query), operationName);

describe('isCacheableOperation', () => {
  it('accepts queries made only of data fields, aliased or not', () => {
    expect(cacheable('{ series(metric: "x", yearFrom: 2019, yearTo: 2025) { points { year } } }')).toBe(true);
    expect(cacheable('query H { a: aggregate(metric: "x") { value } b: datasetInfo { reportCount } }')).toBe(true);
  });

  it('refuses mutations, the token-dependent viewer and introspection', () => {
    expect(cacheable('mutation { deleteReport(id: "1") }')).toBe(false);
    expect(cacheable('{ viewer { role } }')).toBe(false);
    expect(cacheable('{ datasetInfo { reportCount } viewer { role } }')).toBe(false);
    expect(cacheable('{ __schema { types { name } } }')).toBe(false);
    expect(cacheable('{ __typename }')).toBe(false);
  });

  it('refuses root fragments, which could hide any field', () => {
    expect(cacheable('{ ...F } fragment F on Query { viewer { role } }')).toBe(false);
    expect(cacheable('{ ... on Query { datasetInfo { reportCount } } }')).toBe(false);
  });

  it('picks the named operation of a document with several, and refuses an ambiguous or unknown one', () => {
    const doc = 'query A { metrics { key } } mutation B { deleteReport(id: "1") }';
    expect(cacheable(doc, 'A')).toBe(true);
    expect(cacheable(doc, 'B')).toBe(false);
    expect(cacheable(doc)).toBe(false);
    expect(cacheable(doc, 'C')).toBe(false);
  });
});
