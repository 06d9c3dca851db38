import { registerEnumType } from '@nestjs/graphql';

export type AggregateFn = 'sum' | 'avg' | 'median' | 'min' | 'max' | 'count';

export const AggregateFnEnum: { [K in AggregateFn]: K } = { sum: 'sum', avg: 'avg', median: 'median', min: 'min', max: 'max', count: 'count' };

registerEnumType(AggregateFnEnum, { name: 'AggregateFn' });
