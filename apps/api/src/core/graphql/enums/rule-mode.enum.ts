import { registerEnumType } from '@nestjs/graphql';

import { type RuleMode } from '@gongkai/domain';

export const RuleModeEnum: { [K in RuleMode]: K } = { strict: 'strict', lenient: 'lenient' };

registerEnumType(RuleModeEnum, { name: 'RuleMode' });
