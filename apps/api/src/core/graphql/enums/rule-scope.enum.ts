import { registerEnumType } from '@nestjs/graphql';

import { type RuleScope } from '@gongkai/domain';

export const RuleScopeEnum: { [K in RuleScope]: K } = { report: 'report', cross_year: 'cross_year' };

registerEnumType(RuleScopeEnum, { name: 'RuleScope' });
