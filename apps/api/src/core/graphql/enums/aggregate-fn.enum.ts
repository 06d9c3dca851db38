import { registerEnumType } from '@nestjs/graphql';

export type AggregateFn = 'sum' | 'avg' | 'median' | 'min' | 'max' | 'count';

export const AggregateFnEnum: { [K in AggregateFn]: K } = { sum: 'sum', avg: 'avg', median: 'median', min: 'min', max: 'max', count: 'count' };

registerEnumType(AggregateFnEnum, { name: 'AggregateFn', description: 'Statistic of aggregate over known values (gaps and undefined rates are skipped, never counted as 0).',
  valuesMap: {
    avg: { description: 'Arithmetic mean of the known values' },
    count: { description: 'Number of known values' },
    max: { description: 'Largest known value' },
    median: { description: 'Median of the known values (percentile_cont 0.5)' },
    min: { description: 'Smallest known value' },
    sum: { description: 'Sum of the known values' },
  },
});
