import { assertUnreachable } from '../../core/graphql/utils/assert-unreachable.util';
import { type AggregateGroupBy } from '../../core/graphql/enums/aggregate-group-by.enum';

const ORDER: readonly AggregateGroupBy[] = ['region', 'year', 'template', 'issuerKind'];

function column(groupBy: AggregateGroupBy): string {
  switch (groupBy) {
    case 'region':
      return 'group_code';
    case 'year':
      return 'year';
    case 'template':
      return 'template';
    case 'issuerKind':
      return 'issuer_kind';
    default:
      return assertUnreachable(groupBy);
  }
}

/** The fact columns to GROUP BY (a whitelist), deduplicated, in a fixed order so rows sort the same way every time. */
export function aggregateGroupByToColumns(groupBy: readonly AggregateGroupBy[]): string[] {
  return ORDER.filter((g) => groupBy.includes(g)).map(column);
}
