import { registerEnumType } from '@nestjs/graphql';

import { type RuleSeverity } from '@gongkai/domain';

export const SeverityEnum: { [K in RuleSeverity]: K } = { ERROR: 'ERROR', WARN: 'WARN', INFO: 'INFO' };

registerEnumType(SeverityEnum, { name: 'Severity', description: 'How serious a failed rule is.',
  valuesMap: {
    ERROR: { description: 'The report does not add up (counts in failedRules in strict mode)' },
    INFO: { description: 'Worth knowing, not a fault' },
    WARN: { description: 'Suspicious, to be looked at' },
  },
});
