import { AUDIT_ACTION_LABELS, AUDIT_TARGET_LABELS, type AuditAction, type AuditTargetType } from '@gongkai/domain';

/** The action's label in the page's language; an action this build does not know shows its id (never hidden). */
export function auditActionLabel(action: string, lang: 'zh' | 'en'): string {
  return action in AUDIT_ACTION_LABELS ? AUDIT_ACTION_LABELS[action as AuditAction][lang] : action;
}

/** The target kind's label in the page's language (unknown kinds as they are). */
export function auditTargetLabel(targetType: string, lang: 'zh' | 'en'): string {
  return targetType in AUDIT_TARGET_LABELS ? AUDIT_TARGET_LABELS[targetType as AuditTargetType][lang] : targetType;
}
