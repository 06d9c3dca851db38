import { registerEnumType } from '@nestjs/graphql';

import { type RuleMode } from '@gongkai/domain';

export const RuleModeEnum: { [K in RuleMode]: K } = { strict: 'strict', lenient: 'lenient' };

registerEnumType(RuleModeEnum, { name: 'RuleMode', description: 'How blank applicant cells are read by the consistency rules.',
  valuesMap: {
    lenient: { description: 'Blank cells are read as 0' },
    strict: { description: 'A rule fails only when every operand is printed' },
  },
});
