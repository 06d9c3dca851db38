import { assertUnreachable } from '../../core/graphql/utils/assert-unreachable.util';
import { type AggregateFn } from '../../core/graphql/enums/aggregate-fn.enum';

/** The SQL aggregate for an AggregateFn over the `value` column (a whitelist: never user text in SQL). Nulls (gaps) are skipped. */
export function aggregateFnToSql(fn: AggregateFn): string {
  switch (fn) {
    case 'sum':
      return 'sum(value)';
    case 'avg':
      return 'avg(value)';
    case 'median':
      return 'percentile_cont(0.5) WITHIN GROUP (ORDER BY value::float8)';
    case 'min':
      return 'min(value)';
    case 'max':
      return 'max(value)';
    case 'count':
      return 'count(value)';
    default:
      return assertUnreachable(fn);
  }
}
