import { registerEnumType } from '@nestjs/graphql';

import { type ValueState } from '@gongkai/domain';

export const ValueStateEnum: { [K in ValueState]: K } = { number: 'number', blank: 'blank', na: 'na', derived: 'derived', undefined: 'undefined' };

registerEnumType(ValueStateEnum, {
  name: 'ValueState',
  description:
    'number = printed number, blank = empty cell, na = "/" or not applicable, derived = computed by us, undefined = a rate whose denominator is 0 (无法计算（分母为 0）): not a gap, nothing to divide.',
  valuesMap: {
    blank: { description: 'The cell was empty: unknown, value null' },
    derived: { description: 'Computed by us from printed cells (formula in raw, inputs in derivedFrom)' },
    na: { description: '"/" or no such cell in the report: value null' },
    number: { description: 'A number printed in the report (0 included)' },
    undefined: { description: 'A rate whose denominator is a printed 0: nothing to divide, value null' },
  },
});
