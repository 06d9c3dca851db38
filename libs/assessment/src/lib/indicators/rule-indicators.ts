import { type AssessmentIndicatorId, type RuleId } from '@gongkai/domain';

/**
 * Which indicator a consistency rule counts in (assessment.md): the template arithmetic in `accurate`, the
 * headings in `complete`, the unit in `standard`. null: not scored — reading problems of the parser
 * (they flag the indicators instead), the narrative check (`consistent` reads the text itself), the period.
 */
export const RULE_INDICATOR: Record<RuleId, AssessmentIndicatorId | null> = {
  T3_BALANCE: 'accurate',
  T3_ROW_TOTAL: 'accurate',
  T3_RESULT_SUM: 'accurate',
  T3_INT_NONNEG: 'accurate',
  T4_GROUP_TOTAL: 'accurate',
  T4_INT_NONNEG: 'accurate',
  T2_INT_NONNEG: 'accurate',
  T2_2019_PUB_LE_TOTAL: 'accurate',
  T2_2021_STOCK_LOWER: 'accurate',
  T2_REG_LEVEL: 'accurate',
  XY_T3_CARRY: 'accurate',
  XY_T2_2021_STOCK: 'accurate',
  XY_T2_2019_ITEMS: 'accurate',
  T2_2019_PROC_UNIT: 'standard',
  UNMATCHED_ROW: 'standard',
  META_SIX_SECTIONS: null,
  TXT_T3_NARRATIVE: null,
  META_PERIOD: null,
  TEMPLATE_CELLS_MISSING: null,
  ROW_CELLS_AMBIGUOUS: null,
};
