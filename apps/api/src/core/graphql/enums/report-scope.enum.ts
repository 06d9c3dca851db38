import { registerEnumType } from '@nestjs/graphql';

import { type ReportScope } from '@gongkai/domain';

export const ReportScopeEnum: { [K in ReportScope]: K } = { self: 'self', aggregate: 'aggregate', unknown: 'unknown' };

registerEnumType(ReportScopeEnum, { name: 'ReportScope', description: 'Whether a report covers the body alone or an aggregate of its units (spec D20).',
  valuesMap: {
    aggregate: { description: 'The body and its subordinate units together (全县汇总 …)' },
    self: { description: 'The body alone' },
    unknown: { description: 'The report does not say' },
  },
});
