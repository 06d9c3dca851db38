import ExcelJS from 'exceljs';

import { type AssessmentBulletin } from './summarise-region-assessment.util';

/** The 通报 as a workbook: 排名 (the ranking with every indicator) and 主要问题 (each body's points lost, quoted). */
export async function buildAssessmentXlsx(bulletin: AssessmentBulletin): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gongkai';
  const ranking = workbook.addWorksheet('排名');
  ranking.addRow([bulletin.title]).font = { bold: true, size: 14 };
  if (bulletin.sampleNote) ranking.addRow([bulletin.sampleNote]).font = { bold: true, color: { argb: 'FFB00000' } };
  for (const line of bulletin.summary) ranking.addRow([line]);
  ranking.addRow([]);
  ranking.addRow(bulletin.columns).font = { bold: true };
  for (const row of bulletin.rows) ranking.addRow(row);
  ranking.getColumn(2).width = 28;
  ranking.getColumn(bulletin.columns.length).width = 40;
  const problems = workbook.addWorksheet('主要问题');
  problems.addRow(['单位', '指标', '扣分', '说明', '原文']).font = { bold: true };
  for (const body of bulletin.bodies) for (const p of body.problems) problems.addRow([body.name, p.indicator, p.points, p.text, p.quote ?? '']);
  problems.getColumn(1).width = 28;
  problems.getColumn(4).width = 50;
  problems.getColumn(5).width = 80;

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
