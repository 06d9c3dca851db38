import { type AssessmentThresholds, METRICS_BY_KEY, SECTION_HEADINGS } from '@gongkai/domain';

import { type AssessedReport, type Evidence } from '../types';
import { type IndicatorOutcome, pointsOff } from './indicator-score';
import { mergesOtherRows, OTHER_SUB_ROWS } from './merged-other-rows';

const TABLE_ZH: Record<string, string> = { t2: '表二', t3: '表三', t4: '表四' };

/** 内容完整: the six sections in order; every template row of tables 2–4 present. */
export function assessComplete(report: AssessedReport, t: AssessmentThresholds): IndicatorOutcome {
  const evidence: Evidence[] = [];
  for (const heading of SECTION_HEADINGS) {
    if (!report.sections.includes(heading.numeral)) {
      evidence.push({ kind: 'section', section: heading.numeral, zh: `缺少第${heading.numeral}部分“${heading.label}”`, en: `Section ${heading.numeral} (${heading.label}) is missing`, points: t.missingSection });
    }
  }
  const order = SECTION_HEADINGS.map((h) => h.numeral).filter((n) => report.sections.includes(n));
  if (order.join('') !== report.sections.filter((n) => order.includes(n)).join('')) {
    evidence.push({ kind: 'section', zh: `各部分顺序不符合模板：${report.sections.join('、')}`, en: `Sections out of order: ${report.sections.join(', ')}`, points: t.missingSection });
  }
  // A row is missing when the parser found none of its cells (flag 'missing'), one row per table row label.
  const rows = new Map<string, { table: string; label: string; cells: string[] }>();
  const merged = mergesOtherRows(report);
  for (const [key, value] of Object.entries(report.values)) {
    if (!value.flags?.includes('missing')) continue;
    const metric = METRICS_BY_KEY.get(key);
    if (!metric || metric.table === 'rate') continue;
    // Printed merged into （六）: counted once by 格式规范.
    if (merged && metric.row !== undefined && OTHER_SUB_ROWS.includes(metric.row)) continue;
    const label = metric.rowLabel ?? metric.row ?? key;
    const id = `${metric.table}:${label}`;
    const row = rows.get(id) ?? { table: metric.table, label, cells: [] };
    row.cells.push(key);
    rows.set(id, row);
  }
  for (const row of rows.values()) {
    evidence.push({ kind: 'row', cells: row.cells, zh: `${TABLE_ZH[row.table] ?? row.table}“${row.label}”一行未找到（${row.cells.length}个单元格）`, en: `Table ${row.table.slice(1)}: row "${row.label}" not found (${row.cells.length} cells)`, points: t.missingRow });
  }

  return { score: pointsOff(evidence), measure: evidence.length, evidence };
}
