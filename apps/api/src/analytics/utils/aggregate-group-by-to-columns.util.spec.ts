import { aggregateGroupByToColumns } from './aggregate-group-by-to-columns.util';

describe('aggregateGroupByToColumns', () => {
  it('maps group-bys to fact columns in a fixed order, without duplicates', () => {
    expect(aggregateGroupByToColumns(['issuerKind', 'year', 'region', 'year'])).toEqual(['group_code', 'year', 'issuer_kind']);
    expect(aggregateGroupByToColumns(['template'])).toEqual(['template']);
  });

  it('gives no columns for an empty group-by (one total row)', () => {
    expect(aggregateGroupByToColumns([])).toEqual([]);
  });
});
