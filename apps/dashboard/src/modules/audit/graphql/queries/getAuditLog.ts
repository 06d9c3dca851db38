import { graphql } from '../../../../gql';
import { type GetAuditLogQuery } from '../../../../gql/graphql';

export const GET_AUDIT_LOG = graphql(`
  query GetAuditLog($first: Int) {
    auditLog(first: $first) {
      totalCount
      edges { node { id occurredAt action actor actorRole clientAddress requestId targetType targetId regionCode } }
    }
  }
`);

export type AuditLogEntry = GetAuditLogQuery['auditLog']['edges'][number]['node'];
