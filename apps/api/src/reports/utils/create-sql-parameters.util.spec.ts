import { createSqlParameters } from './create-sql-parameters.util';

describe('createSqlParameters', () => {
  it('numbers placeholders in order, with optional casts, and keeps user text out of the SQL', () => {
    const params = createSqlParameters();
    const hostile = "990000'); DROP TABLE report; --";

    expect(params.add(hostile)).toBe('$1');
    expect(params.add(2021, 'int')).toBe('$2::int');
    expect(params.add(['a', 'b'], 'text[]')).toBe('$3::text[]');
    expect(params.values).toEqual([hostile, 2021, ['a', 'b']]);
  });
});
