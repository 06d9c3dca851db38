import { AUDIT_ACTION_LABELS, type AuditAction } from '@gongkai/domain';
import { type AuditEvent } from '@gongkai/database';

export const AUDIT_CSV_HEADER = ['时间', '操作', 'action', '操作者', '角色', '来源地址', '请求编号', '对象类型', '对象编号', '地区代码', '详情'];

/** A cell as RFC 4180 wants it, and inert in a spreadsheet (a leading = + - @ would be read as a formula). */
function cell(value: string | null): string {
  const text = value ?? '';
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;

  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV lines (CRLF, no header) of audit rows, with the action's Chinese label beside its id. */
export function auditEventsToCsv(events: readonly AuditEvent[]): string {
  return events
    .map((e) =>
      [
        e.occurredAt,
        AUDIT_ACTION_LABELS[e.action as AuditAction]?.zh ?? e.action,
        e.action,
        e.actor,
        e.actorRole,
        e.clientAddress,
        e.requestId,
        e.targetType,
        e.targetId,
        e.regionCode,
        JSON.stringify(e.details ?? {}),
      ]
        .map(cell)
        .join(','),
    )
    .map((line) => `${line}\r\n`)
    .join('');
}
