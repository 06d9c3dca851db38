import { type RuleMode, type RuleScope, type RuleSeverity } from '@gongkai/domain';

/** A validation_issue row. */
export type FindingRow = {
  id: string;
  report_id: string;
  rule: string;
  severity: RuleSeverity;
  modes: RuleMode[];
  scope: RuleScope;
  cells: string[];
  expected: string;
  actual: string;
  message_zh: string;
  message_en: string;
};
