/**
 * Which findings make a rule "failed" (contract Report.failedRules), on `validation_issue vi`: ERROR rules
 * failing in strict mode (a blank operand never fails a strict rule) and cross-year WARN rules.
 */
export const FAILED_RULE_CONDITION = `((vi.severity = 'ERROR' AND vi.mode = 'strict') OR (vi.scope = 'cross_year' AND vi.severity = 'WARN'))`;
