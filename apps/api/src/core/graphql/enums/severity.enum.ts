import { registerEnumType } from '@nestjs/graphql';

import { type RuleSeverity } from '@gongkai/domain';

export const SeverityEnum: { [K in RuleSeverity]: K } = { ERROR: 'ERROR', WARN: 'WARN', INFO: 'INFO' };

registerEnumType(SeverityEnum, { name: 'Severity' });
