import { type AssessmentThresholds, METRICS_BY_KEY, type RuleId, TEMPLATE_LABELS, templateForYear } from '@gongkai/domain';

import { type AssessedReport, type Evidence } from '../types';
import { type IndicatorOutcome, pointsOff } from './indicator-score';
import { mergesOtherRows } from './merged-other-rows';
import { RULE_INDICATOR } from './rule-indicators';

const TABLE_ZH: Record<string, string> = { t2: '表二', t3: '表三', t4: '表四' };

/** 格式规范: the year's template, no extra or collapsed rows, money with its unit: −deviation per deviation. */
export function assessStandard(report: AssessedReport, t: AssessmentThresholds): IndicatorOutcome {
  const evidence: Evidence[] = [];
  const expected = templateForYear(report.year);
  if (report.template !== expected) {
    evidence.push({ kind: 'deviation', zh: `${report.year}年度应使用${TEMPLATE_LABELS[expected].zh}，实际为${TEMPLATE_LABELS[report.template].zh}`, en: `${report.year} reports use the ${TEMPLATE_LABELS[expected].en}; this one uses the ${TEMPLATE_LABELS[report.template].en}`, points: t.deviation });
  }
  for (const row of report.extraRows) {
    evidence.push({ kind: 'deviation', zh: `${TABLE_ZH[row.table] ?? row.table}有模板外的行“${row.label}”`, en: `Table ${row.table.slice(1)} has a row outside the template: "${row.label}"`, points: t.deviation });
  }
  const collapsed = Object.entries(report.values).filter(([, v]) => v.flags?.includes('collapsed')).map(([k]) => k);
  const collapsedRows = new Set(collapsed.map((k) => METRICS_BY_KEY.get(k)?.row ?? k));
  if (collapsedRows.size > 0) {
    evidence.push({ kind: 'deviation', cells: collapsed, zh: `表三有${collapsedRows.size}行整行只填一个数`, en: `${collapsedRows.size} Table 3 row(s) printed as one number`, points: t.deviation * collapsedRows.size });
  }
  if (mergesOtherRows(report)) {
    evidence.push({ kind: 'deviation', cells: ['t3_other_total_tot'], zh: '表三“（六）其他处理”合并为一行，未按2021年版格式分列三项', en: 'Table 3 prints （六） as one row instead of its three GB2021 sub-rows', points: t.deviation });
  }
  for (const f of report.findings) {
    // Extra rows are counted above from the rows themselves.
    if (RULE_INDICATOR[f.rule as RuleId] !== 'standard' || f.rule === 'UNMATCHED_ROW') continue;
    evidence.push({ kind: 'rule', cells: [...(f.cells ?? [])], zh: `${f.rule}：${f.messageZh}`, en: `${f.rule}: ${f.messageEn}`, points: t.deviation });
  }

  return { score: pointsOff(evidence), measure: evidence.length, evidence };
}
