import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';

import { type RegionAssessmentDto } from '../dtos/region-assessment.dto';
import { buildAssessmentDocx } from './build-assessment-docx.util';
import { buildAssessmentXlsx } from './build-assessment-xlsx.util';
import { summariseRegionAssessment } from './summarise-region-assessment.util';

const indicator = (id: string, labelZh: string, score: number | null, evidence: RegionAssessmentDto['bodies'][number]['indicators'][number]['evidence'] = []) => ({
  id,
  labelZh,
  labelEn: id,
  weight: 10,
  score,
  cost: score === null ? 0 : (100 - score) / 10,
  flagZh: null,
  flagEn: null,
  measure: null,
  evidence,
});
const contradiction = { kind: 'quote', messageZh: '正文称收到申请数17，表格为95', messageEn: '', points: 20, cells: ['t3_new_received_tot'], quote: '受理政府信息公开申请17件。', previousQuote: null, section: '一', start: 10, end: 30 };
const result: RegionAssessmentDto = {
  parentCode: '320800',
  parentName: '淮安市',
  year: 2024,
  scheme: { id: 'default', version: '2026.1', labelZh: 'Gongkai默认评估方案', labelEn: '', weightsRegionCode: null, weightsSavedAt: null, indicators: [{ id: 'consistent', labelZh: '图文一致', labelEn: '', descriptionZh: '', descriptionEn: '', weight: 10 }] },
  assessed: 1,
  missing: 1,
  meanScore: 80,
  bodies: [
    { issuerId: 'a', issuerName: '淮安市洪泽区人民政府', regionCode: '320813', regionName: '洪泽区', reportId: 'r', score: 80, rank: 1, previousScore: 70, previousYear: 2023, change: 10, mainProblems: ['consistent'], sampleData: false, indicators: [indicator('consistent', '图文一致', 80, [contradiction])] },
    { issuerId: 'b', issuerName: '淮安市淮阴区人民政府', regionCode: '320804', regionName: '淮阴区', reportId: null, score: null, rank: null, previousScore: null, previousYear: null, change: null, mainProblems: [], sampleData: false, indicators: [] },
  ],
};

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

describe('the 通报', () => {
  const bulletin = summariseRegionAssessment(result);

  it('summarises the ranking and each body\'s main problems with the quoted text', () => {
    expect(bulletin.title).toBe('淮安市2024年度政府信息公开工作年度报告质量评估情况通报');
    expect(bulletin.summary[1]).toBe('已评估1个单位，平均得分80.0分；1个单位本年度未收集到报告，未评分。');
    expect(bulletin.rows).toEqual([
      [1, '淮安市洪泽区人民政府', '洪泽区', 80, 10, 80, '图文一致'],
      [null, '淮安市淮阴区人民政府', '淮阴区', null, null, null, '未收集到报告'],
    ]);
    expect(bulletin.bodies[0]?.problems).toEqual([{ indicator: '图文一致', points: 20, text: '正文称收到申请数17，表格为95', quote: '受理政府信息公开申请17件。' }]);
  });

  it('as .xlsx: the ranking and the problems read back', async () => {
    const workbook = new ExcelJS.Workbook();
    // exceljs types its Buffer before @types/node made Buffer generic.
    await workbook.xlsx.load((await buildAssessmentXlsx(bulletin)) as unknown as ExcelJS.Buffer);
    const values = (name: string) => (workbook.getWorksheet(name)?.getSheetValues() ?? []).filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(values('排名')).toContainEqual([1, '淮安市洪泽区人民政府', '洪泽区', 80, 10, 80, '图文一致']);
    expect(values('主要问题')).toContainEqual(['淮安市洪泽区人民政府', '图文一致', 20, '正文称收到申请数17，表格为95', '受理政府信息公开申请17件。']);
  });

  (SOFFICE ? it : it.skip)('as .docx: opens in LibreOffice headless, title, ranking and quotes in its text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-bulletin-'));
    try {
      writeFileSync(join(dir, 'bulletin.docx'), await buildAssessmentDocx(bulletin));
      execFileSync(SOFFICE as string, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, join(dir, 'bulletin.docx')], { timeout: 120_000, stdio: 'pipe' });
      const text = readFileSync(join(dir, 'bulletin.txt'), 'utf8');
      expect(text).toContain('淮安市2024年度政府信息公开工作年度报告质量评估情况通报');
      expect(text).toContain('淮安市洪泽区人民政府');
      expect(text).toContain('原文：“受理政府信息公开申请17件。”');
      expect(text).toContain('未收集到报告');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
