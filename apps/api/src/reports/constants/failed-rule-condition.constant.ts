/**
 * Which findings make a rule "failed" (contract Report.failedRules), on `validation_issue vi`: ERROR rules
 * failing in strict mode (a blank operand never fails a strict rule) and cross-year WARN rules. Defined by the
 * report store, which keeps primary_report.failed_rules by the same condition.
 */
export { FAILED_RULE_CONDITION } from '@gongkai/report-store';
