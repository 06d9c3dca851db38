import { type AssessmentThresholds } from '@gongkai/domain';

import { QUOTED_TOPIC_CELLS, quotedNumbers } from '../quoted-numbers';
import { type AssessedReport, type Evidence } from '../types';
import { type IndicatorOutcome, pointsOff } from './indicator-score';

/** The sum of the cells as a number, or null when one of them holds no number. */
function sumOf(report: AssessedReport, cells: readonly string[]): number | null {
  let sum = 0;
  for (const key of cells) {
    const v = report.values[key];
    if (!v || v.value === null || (v.state !== 'number' && v.state !== 'derived')) return null;
    sum += Number(v.value);
  }

  return sum;
}

/** 图文一致: numbers the text quotes equal the tables; −contradiction per distinct contradiction. */
export function assessConsistent(report: AssessedReport, t: AssessmentThresholds): IndicatorOutcome {
  if (!report.prose) return { score: null, measure: null, evidence: [], flag: '无正文（报告入库早于正文提取）', flagEn: 'no narrative (stored before the parser kept it)' };
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  for (const q of quotedNumbers(report.prose)) {
    const id = `${q.topic}:${q.value}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const topic = QUOTED_TOPIC_CELLS[q.topic];
    const where = { quote: q.sentence.text, ...(q.sentence.section ? { section: q.sentence.section } : {}), start: q.sentence.paragraph.start, end: q.sentence.paragraph.end };
    if (topic.cells.length === 0) {
      evidence.push({ kind: 'quote', ...where, zh: `正文称${topic.zh}${q.value}（表格无对应单元格，不比对）`, en: `The text states ${q.value} ${topic.en} (no table cell to compare with)`, points: 0 });
      continue;
    }
    const table = sumOf(report, topic.cells);
    if (table === null) {
      evidence.push({ kind: 'quote', ...where, cells: topic.cells, zh: `正文称${topic.zh}${q.value}，表格对应单元格无数值，无法比对`, en: `The text states ${q.value} ${topic.en}; the table cells hold no number`, points: 0 });
    } else if (table === q.value) {
      evidence.push({ kind: 'quote', ...where, cells: topic.cells, zh: `正文${topic.zh}${q.value}与表格一致`, en: `The text's ${q.value} ${topic.en} equals the table`, points: 0 });
    } else {
      const alternative = topic.alternatives.find((cells) => sumOf(report, cells) === q.value);
      if (alternative) {
        evidence.push({ kind: 'quote', ...where, cells: alternative, zh: `正文${topic.zh}${q.value}按另一口径（${alternative.join('+')}）与表格一致，不视为矛盾`, en: `The text's ${q.value} ${topic.en} equals the table counted as ${alternative.join(' + ')}; not a contradiction`, points: 0 });
      } else {
        evidence.push({ kind: 'quote', ...where, cells: topic.cells, zh: `正文称${topic.zh}${q.value}，表格为${table}`, en: `The text states ${q.value} ${topic.en}; the table says ${table}`, points: t.contradiction });
      }
    }
  }

  return { score: pointsOff(evidence), measure: evidence.filter((e) => e.points > 0).length, evidence };
}
