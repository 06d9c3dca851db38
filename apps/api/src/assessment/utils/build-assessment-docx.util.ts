import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

import { type AssessmentBulletin } from './summarise-region-assessment.util';

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, font: 'SimSun', size: 20 })] })] });

/** The 通报 as a Word document: title, summary, ranking table, each body's main problems with the quoted text. */
export async function buildAssessmentDocx(bulletin: AssessmentBulletin): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: bulletin.title, font: 'SimHei' })] })];
  if (bulletin.sampleNote) children.push(new Paragraph({ children: [new TextRun({ text: bulletin.sampleNote, bold: true, color: 'B00000' })] }));
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('一、总体情况')] }));
  for (const line of bulletin.summary) children.push(new Paragraph({ children: [new TextRun(line)] }));
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('二、评估结果排名')] }));
  children.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: bulletin.columns.map((c) => cell(c, true)) }),
        ...bulletin.rows.map((row) => new TableRow({ children: row.map((v) => cell(v === null ? '—' : String(v))) })),
      ],
    }),
  );
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('三、各单位主要问题')] }));
  for (const body of bulletin.bodies) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(body.name)] }));
    if (body.problems.length === 0) children.push(new Paragraph({ children: [new TextRun('未发现扣分问题。')] }));
    for (const p of body.problems) {
      children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: `${p.indicator}（扣${p.points}分）：`, bold: true }), new TextRun(p.text)] }));
      if (p.quote) children.push(new Paragraph({ indent: { left: 720 }, children: [new TextRun({ text: `原文：“${p.quote}”`, italics: true })] }));
    }
  }

  return Packer.toBuffer(new Document({ creator: 'Gongkai', title: bulletin.title, sections: [{ children }] }));
}
