import { type AssessedReport } from '../types';

/** The GB2021 sub-rows of Table 3 （六）其他处理. */
export const OTHER_SUB_ROWS: readonly string[] = ['other_no_correction', 'other_no_fee', 'other_misc'];

/**
 * A GB2021 report that prints （六）其他处理 as one row: the parser reads it as t3_other_total (a number it
 * would otherwise derive) and finds none of the three sub-rows. The rows are merged, not missing: one
 * deviation of the form (格式规范), not three missing rows (内容完整).
 */
export function mergesOtherRows(report: AssessedReport): boolean {
  return report.template === 'gb2021' && report.values['t3_other_total_tot']?.state === 'number';
}
