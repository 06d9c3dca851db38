import { registerEnumType } from '@nestjs/graphql';

import { type ValueState } from '@gongkai/domain';

export type PointState = ValueState | 'missing';

export const PointStateEnum: { [K in PointState]: K } = { number: 'number', blank: 'blank', na: 'na', derived: 'derived', undefined: 'undefined', missing: 'missing' };

registerEnumType(PointStateEnum, { name: 'PointState', description: 'Like ValueState, plus missing = no current report for that region and year.' });
