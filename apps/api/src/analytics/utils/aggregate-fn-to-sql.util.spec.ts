import { aggregateFnToSql } from './aggregate-fn-to-sql.util';

describe('aggregateFnToSql', () => {
  it('maps every AggregateFn to a fixed SQL aggregate over value', () => {
    expect(aggregateFnToSql('sum')).toBe('sum(value)');
    expect(aggregateFnToSql('avg')).toBe('avg(value)');
    expect(aggregateFnToSql('median')).toBe('percentile_cont(0.5) WITHIN GROUP (ORDER BY value::float8)');
    expect(aggregateFnToSql('min')).toBe('min(value)');
    expect(aggregateFnToSql('max')).toBe('max(value)');
    expect(aggregateFnToSql('count')).toBe('count(value)');
  });

  it('throws on anything outside the whitelist instead of building SQL from it', () => {
    expect(() => aggregateFnToSql('sum(value); DROP TABLE report; --' as never)).toThrow('Unreachable');
  });
});
