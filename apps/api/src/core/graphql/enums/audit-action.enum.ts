import { registerEnumType } from '@nestjs/graphql';

import { AUDIT_ACTIONS, AUDIT_ACTION_LABELS, type AuditAction } from '@gongkai/domain';

export { type AuditAction } from '@gongkai/domain';

export const AuditActionEnum = Object.fromEntries(AUDIT_ACTIONS.map((a) => [a, a])) as { [K in AuditAction]: K };

registerEnumType(AuditActionEnum, {
  name: 'AuditAction',
  description: 'A kind of write recorded in the audit trail.',
  valuesMap: Object.fromEntries(AUDIT_ACTIONS.map((a) => [a, { description: AUDIT_ACTION_LABELS[a].en }])),
});
