export const GET_AUDIT_LOG = `query GetAuditLog($first: Int) {
  auditLog(first: $first) {
    totalCount
    edges { node { id occurredAt action actor actorRole clientAddress requestId targetType targetId regionCode } }
  }
}`;

export type AuditLogEntry = {
  id: string;
  occurredAt: string;
  action: string;
  actor: string;
  actorRole: string | null;
  clientAddress: string | null;
  requestId: string | null;
  targetType: string;
  targetId: string | null;
  regionCode: string | null;
};

export type AuditLogResult = { auditLog: { totalCount: number; edges: Array<{ node: AuditLogEntry }> } };
