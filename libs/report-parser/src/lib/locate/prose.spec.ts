import { type DocumentModel } from '../model/document-model';
import { type ParsedReport } from '../model/parsed-report';
import { parseReport, parseReportSync } from '../parse-report';
import { makeVariant, missingTool, removeProducerProfile } from '../../testing/real-producers';
import { reportHtml, reportTxt } from '../../testing/report-builder';
import { extractProse } from './prose';
import { findSections } from './sections';

const overview = ['2022年，本县认真贯彻《中华人民共和国政府信息公开条例》。', '全年收到政府信息公开申请4件。'];
const problems = ['一是政府信息公开工作人员力量不足。', '二是部分单位更新不及时。下一步，将于2023年6月前完成专题培训。'];
const spec = { template: 'gb2021' as const, overview, problems, other: ['本年度未收取信息处理费。'] };

/** The paragraph text the offsets count in: paragraph blocks joined by '\n'. */
function paragraphText(model: DocumentModel): string {
  return model.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])).join('\n');
}

function sectionTexts(report: ParsedReport): Record<string, string[]> {
  return Object.fromEntries(report.prose.sections.map((s) => [s.numeral, s.paragraphs.map((p) => p.text)]));
}

describe('extractProse', () => {
  it('keeps each section heading and its paragraphs, tables left out, with offsets into the paragraph text', () => {
    const model: DocumentModel = {
      format: 'txt',
      meta: {},
      blocks: [
        { kind: 'paragraph', text: '某县2022年政府信息公开工作年度报告' },
        { kind: 'paragraph', text: '一、总体情况' },
        { kind: 'paragraph', text: '  本年度主动公开信息120条。 ' },
        { kind: 'table', index: 0, grid: [] },
        { kind: 'paragraph', text: '' },
        { kind: 'paragraph', text: '五、存在的主要问题及改进情况', page: 3 },
        { kind: 'paragraph', text: '人员不足。', page: 3 },
      ],
    };
    const prose = extractProse(model, findSections(model));
    expect(prose.preamble.map((p) => p.text)).toEqual(['某县2022年政府信息公开工作年度报告']);
    expect(prose.sections.map((s) => [s.numeral, s.heading, s.paragraphs.map((p) => p.text)])).toEqual([
      ['一', '一、总体情况', ['本年度主动公开信息120条。']],
      ['五', '五、存在的主要问题及改进情况', ['人员不足。']],
    ]);
    const text = paragraphText(model);
    for (const p of [...prose.preamble, ...prose.sections.flatMap((s) => s.paragraphs)]) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(prose.sections[1]?.paragraphs[0]).toMatchObject({ block: 6, page: 3 });
    expect(prose.truncated).toBeUndefined();
  });

  it("leaves a web page's furniture after section 六 out of the section (it repeats on every page of the site)", () => {
    const page = reportHtml({ ...spec, tail: ['测试县人民政府办公室', '附件下载', '扫一扫在手机上查看当前页面', '网站标识码：3590000001 公安备案号：35012899001'] });
    const report = parseReportSync(page);
    expect(sectionTexts(report)['六']).toEqual(['本年度未收取信息处理费。', '测试县人民政府办公室']);
    expect(report.prose.trailer.map((p) => p.text)).toEqual(['附件下载', '扫一扫在手机上查看当前页面', '网站标识码：3590000001 公安备案号：35012899001']);
  });
});

describe('parsed reports keep the narrative in every format', () => {
  it('txt and HTML', () => {
    for (const report of [parseReportSync(reportTxt(spec)), parseReportSync(reportHtml(spec))]) {
      const texts = sectionTexts(report);
      expect(report.prose.sections.map((s) => s.numeral)).toEqual(['一', '二', '三', '四', '五', '六']);
      expect(texts['一']).toEqual(overview);
      expect(texts['五']).toEqual(problems);
      // The signature block follows section 六 and belongs to it.
      expect(texts['六']?.[0]).toBe('本年度未收取信息处理费。');
      expect(report.prose.sections[4]?.heading).toBe('五、存在的主要问题及改进情况');
    }
  });

  afterAll(() => removeProducerProfile());
  const docxMissing = missingTool('libreoffice.docx');
  const pdfMissing = missingTool('chromium.pdf');
  // Real producers (LibreOffice's .docx, Chromium's PDF) of the same page: the text they print must come back.
  (docxMissing ? it.skip : it)(`docx saved by LibreOffice ${docxMissing ?? ''}`, async () => {
    const bytes = await makeVariant(new TextEncoder().encode(reportHtml(spec)), 'libreoffice.docx');
    const report = await parseReport(bytes, { fileName: 'report.docx' });
    expect(sectionTexts(report)['五']).toEqual(problems);
    expect(sectionTexts(report)['一']).toEqual(overview);
  }, 120_000);
  (pdfMissing ? it.skip : it)(`PDF printed by Chromium ${pdfMissing ?? ''}`, async () => {
    const bytes = await makeVariant(new TextEncoder().encode(reportHtml(spec)), 'chromium.pdf');
    const report = await parseReport(bytes, { fileName: 'report.pdf' });
    expect(report.prose.sections.map((s) => s.numeral)).toEqual(['一', '二', '三', '四', '五', '六']);
    // Chromium's PDF prints some characters as Kangxi radicals (⼀ U+2F00): NFKC reads them as 一.
    expect(sectionTexts(report)['五']?.join('').normalize('NFKC')).toBe(problems.join('').normalize('NFKC'));
    expect(report.prose.sections[4]?.paragraphs[0]?.page).toBeGreaterThanOrEqual(1);
  }, 120_000);
});
