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

  const scored = evidence.length;
  evidence.push(...reportedNotScored(report));

  return { score: pointsOff(evidence), measure: scored, evidence };
}

/** The five sub-topics of 一、总体情况 the 2021 template asks for, by the words that name them. */
const OVERVIEW_TOPICS: readonly { zh: string; words: readonly string[] }[] = [
  { zh: '主动公开', words: ['主动公开'] },
  { zh: '依申请公开', words: ['依申请公开'] },
  { zh: '政府信息管理', words: ['信息管理'] },
  { zh: '政府信息公开平台建设', words: ['平台建设'] },
  { zh: '监督保障', words: ['监督保障'] },
];

/** Shown with 内容完整 but not scored (assessment.md): 信息处理费 in section 六 and the sub-topics of 总体情况, GB2021. */
function reportedNotScored(report: AssessedReport): Evidence[] {
  if (!report.prose || report.template !== 'gb2021') return [];
  const text = (numeral: string) => report.prose?.sections.filter((s) => s.numeral === numeral).flatMap((s) => s.paragraphs.map((p) => p.text)).join('').normalize('NFKC') ?? '';
  const out: Evidence[] = [];
  const fee = text('六').includes('信息处理费');
  out.push({
    kind: 'note',
    section: '六',
    zh: fee ? '第六部分说明了信息处理费收取情况（不计分）' : '第六部分未说明信息处理费收取情况（国办函〔2020〕109号；不计分）',
    en: fee ? 'Section 六 states the information processing fees (not scored)' : 'Section 六 does not state the information processing fees (not scored)',
    points: 0,
  });
  const overview = text('一');
  const missing = OVERVIEW_TOPICS.filter((topic) => !topic.words.some((w) => overview.includes(w))).map((topic) => topic.zh);
  if (missing.length > 0) {
    out.push({ kind: 'note', section: '一', zh: `总体情况未写到：${missing.join('、')}（不计分）`, en: `The overview does not cover: ${missing.join(', ')} (not scored)`, points: 0 });
  }

  return out;
}
