import PDFDocument from 'pdfkit';

import { BRIEFING_WORDS, fillWording } from '@gongkai/domain';

import { type BriefingChart, type BriefingPack } from './briefing-pack.type';
import { chartAxis } from './chart-axis';
import { briefingTables, MAX_TABLE_ROWS, type BriefingTable } from './briefing-tables';
import { BODY_Y, COLORS, FOOTER_Y, MARGIN, PT_PER_IN, SAMPLE_Y, SLIDE, TITLE_Y } from './slide-theme';

type Doc = InstanceType<typeof PDFDocument>;
type Box = { x: number; y: number; w: number; h: number };

/**
 * The CJK font to embed: the bytes of an OTF/TTF, or of a collection (.ttc) with the face's PostScript name.
 * pdfkit embeds only the glyphs used (a subset), so the text stays selectable and the file small.
 */
export type PdfFont = { bytes: Uint8Array; postscriptName?: string };

const FONT = 'cjk';
const hex = (color: string) => `#${color}`;
const pt = (inches: number) => inches * PT_PER_IN;

function frame(
  doc: Doc,
  title: string,
  sampleNote: string | null,
  sourceNote: string,
  dataDate: string,
  page: number,
  total: number,
): void {
  const width = pt(SLIDE.width - MARGIN * 2);
  // Every string goes through the CJK face: pdfkit's default Helvetica has no Chinese glyphs.
  doc.font(FONT);
  if (title)
    doc
      .fontSize(24)
      .fillColor(hex(COLORS.text))
      .text(title, pt(MARGIN), pt(TITLE_Y), { width, lineBreak: false });
  if (sampleNote)
    doc
      .fontSize(12)
      .fillColor(hex(COLORS.sample))
      .text(sampleNote, pt(MARGIN), pt(SAMPLE_Y), { width, lineBreak: false });
  doc
    .moveTo(pt(MARGIN), pt(FOOTER_Y - 0.08))
    .lineTo(pt(SLIDE.width - MARGIN), pt(FOOTER_Y - 0.08))
    .lineWidth(0.75)
    .strokeColor(hex(COLORS.rule))
    .stroke();
  doc
    .fontSize(10)
    .fillColor(hex(COLORS.muted))
    .text(`${sourceNote} · ${dataDate}`, pt(MARGIN), pt(FOOTER_Y), {
      width: width - pt(2.5),
      lineBreak: false,
    });
  doc.text(
    fillWording(BRIEFING_WORDS.page.zh, { n: page, total }),
    pt(SLIDE.width - MARGIN - 2.5),
    pt(FOOTER_Y),
    { width: pt(2.5), align: 'right', lineBreak: false },
  );
}

function formatTick(value: number): string {
  return Math.abs(value) >= 10_000
    ? `${Number((value / 10_000).toPrecision(4))}万`
    : String(Number(value.toPrecision(6)));
}

/** A vector chart: axis from chartAxis (the same bounds as the pptx's), gridlines, gaps kept as gaps, legend, values. */
function drawChart(doc: Doc, chart: BriefingChart, box: Box): void {
  const axis = chartAxis(chart);
  const legendH = chart.series.length > 1 ? 22 : 0;
  const plot = { x: box.x + 56, y: box.y + 18, w: box.w - 66, h: box.h - 48 - legendH };
  const yOf = (v: number) => plot.y + plot.h - ((v - axis.min) / (axis.max - axis.min || 1)) * plot.h;
  doc
    .fontSize(10)
    .fillColor(hex(COLORS.muted))
    .text(chart.unit, box.x, box.y, { width: 60, lineBreak: false });
  for (let i = 0; i <= 5; i += 1) {
    const v = axis.min + ((axis.max - axis.min) * i) / 5;
    const y = yOf(v);
    doc
      .moveTo(plot.x, y)
      .lineTo(plot.x + plot.w, y)
      .lineWidth(0.5)
      .strokeColor(hex(i === 0 ? COLORS.muted : COLORS.rule))
      .stroke();
    doc
      .fontSize(9)
      .fillColor(hex(COLORS.muted))
      .text(formatTick(v), box.x, y - 5, { width: 50, align: 'right', lineBreak: false });
  }
  const n = chart.labels.length;
  const slot = plot.w / Math.max(1, n);
  chart.labels.forEach((label, i) => {
    doc
      .fontSize(9)
      .fillColor(hex(COLORS.text))
      .text(label, plot.x + i * slot, plot.y + plot.h + 4, {
        width: slot,
        align: 'center',
        lineBreak: false,
        ellipsis: true,
        height: 12,
      });
  });
  const labelValues = chart.kind === 'bar' || chart.series.length === 1;
  chart.series.forEach((series, s) => {
    const color = hex(COLORS.series[s % COLORS.series.length]);
    if (chart.kind === 'bar') {
      const barW = (slot * 0.7) / chart.series.length;
      series.values.forEach((v, i) => {
        if (v === null) return;
        const x = plot.x + i * slot + slot * 0.15 + s * barW;
        const top = yOf(Math.max(v, 0));
        const h = Math.abs(yOf(v) - yOf(0));
        doc.rect(x, top, barW, Math.max(h, 0.5)).fillColor(color).fill();
        if (labelValues)
          doc
            .fontSize(8)
            .fillColor(hex(COLORS.text))
            .text(formatTick(v), x - 10, top - 11, { width: barW + 20, align: 'center', lineBreak: false });
      });

      return;
    }
    let drawing = false;
    series.values.forEach((v, i) => {
      const x = plot.x + i * slot + slot / 2;
      if (v === null) {
        drawing = false;

        return;
      }
      if (drawing) doc.lineTo(x, yOf(v));
      else doc.moveTo(x, yOf(v));
      drawing = true;
    });
    doc.lineWidth(2).strokeColor(color).stroke();
    series.values.forEach((v, i) => {
      if (v === null) return;
      const x = plot.x + i * slot + slot / 2;
      doc.circle(x, yOf(v), 2.5).fillColor(color).fill();
      if (labelValues)
        doc
          .fontSize(8)
          .fillColor(hex(COLORS.text))
          .text(formatTick(v), x - 25, yOf(v) - 13, { width: 50, align: 'center', lineBreak: false });
    });
  });
  if (legendH > 0) {
    let x = plot.x;
    const y = box.y + box.h - 14;
    chart.series.forEach((series, s) => {
      doc
        .rect(x, y + 2, 14, 6)
        .fillColor(hex(COLORS.series[s % COLORS.series.length]))
        .fill();
      doc
        .fontSize(9)
        .fillColor(hex(COLORS.text))
        .text(series.name, x + 18, y, { lineBreak: false });
      x += 18 + doc.widthOfString(series.name) + 14;
    });
  }
}

function drawTable(doc: Doc, table: BriefingTable, box: Box): void {
  const rowH = pt(0.3);
  const widths = table.widths.map((share) => share * box.w);
  const drawRow = (cells: { text: string; tone?: 'bad' | 'sample' }[], y: number, header: boolean) => {
    let x = box.x;
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 0;
      if (header) doc.rect(x, y, w, rowH).fillColor(hex(COLORS.header)).fill();
      doc.rect(x, y, w, rowH).lineWidth(0.5).strokeColor(hex(COLORS.rule)).stroke();
      const color = cell.tone === 'bad' ? COLORS.bad : cell.tone === 'sample' ? COLORS.sample : COLORS.text;
      doc
        .fontSize(10)
        .fillColor(hex(color))
        .text(cell.text, x + 4, y + 6, { width: w - 8, height: rowH - 6, lineBreak: false, ellipsis: true });
      x += w;
    });
  };
  drawRow(
    table.columns.map((text) => ({ text })),
    box.y,
    true,
  );
  table.rows.forEach((row, i) => drawRow(row, box.y + rowH * (i + 1), false));
  if (table.more)
    doc
      .fontSize(10)
      .fillColor(hex(COLORS.muted))
      .text(table.more, box.x, box.y + rowH * (MAX_TABLE_ROWS + 1) + 4, { width: box.w, lineBreak: false });
}

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];

  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/**
 * The briefing pack as a vector PDF of 16:9 pages (960 × 540 pt), the same pages as the pptx: text is text
 * in the embedded CJK subset, charts are paths.
 */
export async function buildBriefingPdf(pack: BriefingPack, font: PdfFont, createdAt?: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: [pt(SLIDE.width), pt(SLIDE.height)],
    margin: 0,
    autoFirstPage: false,
    info: { Title: pack.title, Creator: 'Gongkai', CreationDate: createdAt ?? new Date() },
  });
  const done = collect(doc);
  doc.registerFont(FONT, Buffer.from(font.bytes), font.postscriptName as string);
  const tables = briefingTables(pack);
  const total = 5 + pack.trends.length;
  const width = pt(SLIDE.width - MARGIN * 2);
  const page = (title: string, n: number) => {
    doc.addPage({ size: [pt(SLIDE.width), pt(SLIDE.height)], margin: 0 });
    frame(doc, title, pack.sampleNote, pack.sourceNote, pack.dataDate, n, total);
  };

  page('', 1);
  doc
    .font(FONT)
    .fontSize(36)
    .fillColor(hex(COLORS.text))
    .text(pack.title, pt(MARGIN), pt(2.3), { width, lineBreak: false });
  doc
    .fontSize(18)
    .fillColor(hex(COLORS.muted))
    .text(pack.subtitle, pt(MARGIN), pt(3.4), { width, lineBreak: false });
  doc.fontSize(14).text(pack.dataDate, pt(MARGIN), pt(4.0), { width, lineBreak: false });

  page(pack.headline.title, 2);
  const tileW = (width - pt(0.4)) / 3;
  pack.headline.figures.forEach((figure, i) => {
    const x = pt(MARGIN) + (i % 3) * (tileW + pt(0.2));
    const y = pt(BODY_Y + 0.1) + Math.floor(i / 3) * pt(2.75);
    doc.rect(x, y, tileW, pt(2.55)).lineWidth(0.75).strokeColor(hex(COLORS.rule)).stroke();
    doc
      .fontSize(13)
      .fillColor(hex(COLORS.text))
      .text(figure.label, x + 10, y + 10, { width: tileW - 20, height: 36, ellipsis: true });
    doc
      .fontSize(26)
      .text(
        figure.value === null ? BRIEFING_WORDS.noValue.zh : `${figure.value} ${figure.unit}`,
        x + 10,
        y + pt(0.7),
        { width: tileW - 20, lineBreak: false },
      );
    doc
      .fontSize(10.5)
      .fillColor(hex(COLORS.muted))
      .text((tables.headlineLines[i] ?? []).join('\n'), x + 10, y + pt(1.35), {
        width: tileW - 20,
        height: pt(1.1),
        ellipsis: true,
      });
  });

  page(pack.ranking.title, 3);
  drawTable(doc, tables.ranking, { x: pt(MARGIN), y: pt(BODY_Y + 0.1), w: pt(6.9), h: pt(5.4) });
  drawChart(doc, pack.ranking.chart, {
    x: pt(MARGIN + 7.1),
    y: pt(BODY_Y + 0.1),
    w: width - pt(7.1),
    h: pt(5.4),
  });

  page(pack.coverage.title, 4);
  const countW =
    (width - pt(0.2) * (pack.coverage.counts.length - 1)) / Math.max(1, pack.coverage.counts.length);
  pack.coverage.counts.forEach((count, i) => {
    const x = pt(MARGIN) + i * (countW + pt(0.2));
    doc
      .rect(x, pt(BODY_Y + 0.05), countW, pt(0.8))
      .fillColor(hex(COLORS.header))
      .fill();
    doc
      .fontSize(22)
      .fillColor(hex(COLORS.text))
      .text(`${count.count}`, x, pt(BODY_Y + 0.2), {
        width: countW / 2 - 4,
        align: 'right',
        lineBreak: false,
      });
    doc
      .fontSize(12)
      .text(count.label, x + countW / 2 + 4, pt(BODY_Y + 0.32), { width: countW / 2 - 8, lineBreak: false });
  });
  doc
    .fontSize(14)
    .fillColor(hex(COLORS.text))
    .text(pack.coverage.chaseTitle, pt(MARGIN), pt(BODY_Y + 1.0), { width, lineBreak: false });
  drawTable(doc, tables.chase, { x: pt(MARGIN), y: pt(BODY_Y + 1.4), w: width, h: pt(4) });

  pack.trends.forEach((chart, i) => {
    page(chart.title, 5 + i);
    drawChart(doc, chart, { x: pt(MARGIN), y: pt(BODY_Y), w: width, h: pt(FOOTER_Y - 0.2 - BODY_Y) });
  });

  page(pack.findings.title, total);
  drawTable(doc, tables.findings, { x: pt(MARGIN), y: pt(BODY_Y + 0.1), w: width, h: pt(5.4) });
  doc.end();

  return await done;
}
