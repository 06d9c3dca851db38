import { registerEnumType } from '@nestjs/graphql';

import { type ValueState } from '@gongkai/domain';

export type PointState = ValueState | 'missing';

export const PointStateEnum: { [K in PointState]: K } = { number: 'number', blank: 'blank', na: 'na', derived: 'derived', undefined: 'undefined', missing: 'missing' };

registerEnumType(PointStateEnum, { name: 'PointState', description: 'Like ValueState, plus missing = no current report for that region and year.',
  valuesMap: {
    blank: { description: 'The cell was empty: unknown, value null' },
    derived: { description: 'Computed by us from printed cells' },
    missing: { description: 'No current report for that region and year' },
    na: { description: '"/" or no such cell in the report: value null' },
    number: { description: 'A number printed in the report (0 included)' },
    undefined: { description: 'A rate whose denominator is a printed 0: nothing to divide, value null' },
  },
});
