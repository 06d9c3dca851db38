import { registerEnumType } from '@nestjs/graphql';

import { type RuleScope } from '@gongkai/domain';

export const RuleScopeEnum: { [K in RuleScope]: K } = { report: 'report', cross_year: 'cross_year' };

registerEnumType(RuleScopeEnum, { name: 'RuleScope', description: 'What a rule looks at.',
  valuesMap: {
    cross_year: { description: 'A report and the same issuer\'s report of the year before' },
    report: { description: 'One report on its own' },
  },
});
