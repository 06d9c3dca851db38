import PptxGenJS from 'pptxgenjs';

import { BRIEFING_WORDS, fillWording } from '@gongkai/domain';

import { type BriefingChart, type BriefingPack } from './briefing-pack.type';
import { chartAxis } from './chart-axis';
import { briefingTables, MAX_TABLE_ROWS, type BriefingTable } from './briefing-tables';
import { BODY_Y, COLORS, FOOTER_Y, MARGIN, PPT_FONT, SAMPLE_Y, SLIDE, TITLE_Y } from './slide-theme';

type Slide = PptxGenJS.Slide;
type Box = { x: number; y: number; w: number; h: number };

export type SlideFrame = {
  title: string;
  subtitle?: string | null;
  sampleNote?: string | null;
  sourceNote: string;
  dataDate: string;
  page: number;
  total: number;
};

function newDeck(title: string): PptxGenJS {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = title;
  pptx.company = 'Gongkai';
  pptx.theme = { headFontFace: PPT_FONT, bodyFontFace: PPT_FONT };

  return pptx;
}

/** Title, sample note, source, data date and page number: every slide carries them, in the same places. */
function addFrame(slide: Slide, frame: SlideFrame): void {
  const width = SLIDE.width - MARGIN * 2;
  slide.addText(frame.title, {
    x: MARGIN,
    y: TITLE_Y,
    w: width,
    h: 0.6,
    fontSize: 24,
    bold: true,
    color: COLORS.text,
    fontFace: PPT_FONT,
    margin: 0,
  });
  if (frame.subtitle)
    slide.addText(frame.subtitle, {
      x: MARGIN,
      y: SAMPLE_Y,
      w: width,
      h: 0.3,
      fontSize: 12,
      color: COLORS.muted,
      fontFace: PPT_FONT,
      margin: 0,
    });
  if (frame.sampleNote) {
    slide.addText(frame.sampleNote, {
      x: MARGIN,
      y: SAMPLE_Y + (frame.subtitle ? 0.28 : 0),
      w: width,
      h: 0.3,
      fontSize: 12,
      bold: true,
      color: COLORS.sample,
      fontFace: PPT_FONT,
      margin: 0,
    });
  }
  slide.addShape('line', {
    x: MARGIN,
    y: FOOTER_Y - 0.08,
    w: width,
    h: 0,
    line: { color: COLORS.rule, width: 0.75 },
  });
  slide.addText(`${frame.sourceNote} · ${frame.dataDate}`, {
    x: MARGIN,
    y: FOOTER_Y,
    w: width - 2.5,
    h: 0.3,
    fontSize: 10,
    color: COLORS.muted,
    fontFace: PPT_FONT,
    margin: 0,
  });
  slide.addText(fillWording(BRIEFING_WORDS.page.zh, { n: frame.page, total: frame.total }), {
    x: SLIDE.width - MARGIN - 2.5,
    y: FOOTER_Y,
    w: 2.5,
    h: 0.3,
    fontSize: 10,
    color: COLORS.muted,
    align: 'right',
    fontFace: PPT_FONT,
    margin: 0,
  });
}

/** A native (editable) PowerPoint chart: the numbers live in the chart part and its embedded sheet. */
function addNativeChart(pptx: PptxGenJS, slide: Slide, chart: BriefingChart, box: Box): void {
  const axis = chartAxis(chart);
  const data = chart.series.map((s) => ({
    name: s.name,
    labels: chart.labels,
    values: s.values as number[],
  }));
  const line = chart.kind === 'line';
  slide.addChart(line ? pptx.ChartType.line : pptx.ChartType.bar, data, {
    ...box,
    barDir: 'col',
    chartColors: [...COLORS.series],
    showLegend: chart.series.length > 1,
    legendPos: 'b',
    legendFontFace: PPT_FONT,
    legendFontSize: 11,
    showValAxisTitle: true,
    valAxisTitle: chart.unit,
    valAxisTitleFontFace: PPT_FONT,
    valAxisTitleFontSize: 11,
    valAxisMinVal: axis.min,
    valAxisMaxVal: axis.max,
    valAxisLabelFontFace: PPT_FONT,
    valAxisLabelFontSize: 10,
    catAxisLabelFontFace: PPT_FONT,
    catAxisLabelFontSize: 10,
    // A gap stays a gap (no report is not zero): PowerPoint breaks the line there.
    displayBlanksAs: 'gap',
    lineSize: 2,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 6,
    showValue: !line || chart.series.length === 1,
    dataLabelFontFace: PPT_FONT,
    dataLabelFontSize: 9,
    dataLabelPosition: line ? 't' : 'outEnd',
  });
}

function addTable(slide: Slide, table: BriefingTable, box: Box): void {
  const header = table.columns.map((text) => ({
    text,
    options: { bold: true, fill: { color: COLORS.header } },
  }));
  const rows = table.rows.map((row) =>
    row.map((cell) => ({
      text: cell.text,
      options: {
        color: cell.tone === 'bad' ? COLORS.bad : cell.tone === 'sample' ? COLORS.sample : COLORS.text,
      },
    })),
  );
  slide.addTable([header, ...rows], {
    x: box.x,
    y: box.y,
    w: box.w,
    colW: table.widths.map((share) => share * box.w),
    fontFace: PPT_FONT,
    fontSize: 11,
    color: COLORS.text,
    border: { type: 'solid', color: COLORS.rule, pt: 0.5 },
    rowH: 0.3,
    autoPage: false,
  });
  if (table.more)
    slide.addText(table.more, {
      x: box.x,
      y: box.y + 0.3 * (MAX_TABLE_ROWS + 1) + 0.05,
      w: box.w,
      h: 0.3,
      fontSize: 10,
      color: COLORS.muted,
      fontFace: PPT_FONT,
      margin: 0,
    });
}

/** The slide of one chart card: its native chart with title, unit, legend, source and date. */
export function addChartSlide(pptx: PptxGenJS, chart: BriefingChart, page = 1, total = 1): void {
  const slide = pptx.addSlide();
  addFrame(slide, {
    title: chart.title,
    subtitle: chart.subtitle,
    sampleNote: chart.sampleNote,
    sourceNote: chart.sourceNote,
    dataDate: chart.dataDate,
    page,
    total,
  });
  const top = BODY_Y + (chart.subtitle && chart.sampleNote ? 0.3 : 0);
  addNativeChart(pptx, slide, chart, {
    x: MARGIN,
    y: top,
    w: SLIDE.width - MARGIN * 2,
    h: FOOTER_Y - 0.2 - top,
  });
}

/** One chart card as a one-slide .pptx (the dashboard's per-card export). */
export async function buildChartPptx(chart: BriefingChart): Promise<Uint8Array> {
  const pptx = newDeck(chart.title);
  addChartSlide(pptx, chart);

  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
}

/** Several chart cards (a page's charts) as one .pptx, a slide each, numbered. */
export async function buildChartsPptx(charts: readonly BriefingChart[], title: string): Promise<Uint8Array> {
  const pptx = newDeck(title);
  charts.forEach((chart, i) => addChartSlide(pptx, chart, i + 1, charts.length));

  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
}

/** The briefing pack as a .pptx: cover, headline, ranking, coverage with chase list, one trend per metric, failed checks. */
export async function buildBriefingPptx(pack: BriefingPack): Promise<Uint8Array> {
  const pptx = newDeck(pack.title);
  const tables = briefingTables(pack);
  const total = 5 + pack.trends.length;
  const frame = (title: string, page: number): SlideFrame => ({
    title,
    sampleNote: pack.sampleNote,
    sourceNote: pack.sourceNote,
    dataDate: pack.dataDate,
    page,
    total,
  });
  const width = SLIDE.width - MARGIN * 2;

  const cover = pptx.addSlide();
  addFrame(cover, { ...frame(pack.title, 1), title: '' });
  cover.addText(pack.title, {
    x: MARGIN,
    y: 2.2,
    w: width,
    h: 1,
    fontSize: 36,
    bold: true,
    color: COLORS.text,
    fontFace: PPT_FONT,
  });
  cover.addText(pack.subtitle, {
    x: MARGIN,
    y: 3.3,
    w: width,
    h: 0.5,
    fontSize: 18,
    color: COLORS.muted,
    fontFace: PPT_FONT,
  });
  cover.addText(pack.dataDate, {
    x: MARGIN,
    y: 3.9,
    w: width,
    h: 0.4,
    fontSize: 14,
    color: COLORS.muted,
    fontFace: PPT_FONT,
  });

  const headline = pptx.addSlide();
  addFrame(headline, frame(pack.headline.title, 2));
  const tileW = (width - 0.4) / 3;
  pack.headline.figures.forEach((figure, i) => {
    const x = MARGIN + (i % 3) * (tileW + 0.2);
    const y = BODY_Y + 0.1 + Math.floor(i / 3) * 2.75;
    headline.addShape('rect', {
      x,
      y,
      w: tileW,
      h: 2.55,
      fill: { color: 'FFFFFF' },
      line: { color: COLORS.rule, width: 0.75 },
    });
    headline.addText(figure.label, {
      x: x + 0.15,
      y: y + 0.1,
      w: tileW - 0.3,
      h: 0.55,
      fontSize: 13,
      bold: true,
      color: COLORS.text,
      fontFace: PPT_FONT,
      valign: 'top',
    });
    headline.addText(figure.value === null ? BRIEFING_WORDS.noValue.zh : `${figure.value} ${figure.unit}`, {
      x: x + 0.15,
      y: y + 0.65,
      w: tileW - 0.3,
      h: 0.6,
      fontSize: 26,
      bold: true,
      color: COLORS.text,
      fontFace: PPT_FONT,
    });
    const lines = tables.headlineLines[i] ?? [];
    headline.addText(lines.join('\n'), {
      x: x + 0.15,
      y: y + 1.3,
      w: tileW - 0.3,
      h: 1.15,
      fontSize: 10.5,
      color: COLORS.muted,
      fontFace: PPT_FONT,
      valign: 'top',
    });
  });

  const ranking = pptx.addSlide();
  addFrame(ranking, frame(pack.ranking.title, 3));
  addTable(ranking, tables.ranking, { x: MARGIN, y: BODY_Y + 0.1, w: 6.9, h: 5.4 });
  addNativeChart(pptx, ranking, pack.ranking.chart, {
    x: MARGIN + 7.1,
    y: BODY_Y + 0.1,
    w: width - 7.1,
    h: 5.4,
  });

  const coverage = pptx.addSlide();
  addFrame(coverage, frame(pack.coverage.title, 4));
  const countW = (width - 0.2 * (pack.coverage.counts.length - 1)) / Math.max(1, pack.coverage.counts.length);
  pack.coverage.counts.forEach((count, i) => {
    const x = MARGIN + i * (countW + 0.2);
    coverage.addShape('rect', {
      x,
      y: BODY_Y + 0.05,
      w: countW,
      h: 0.8,
      fill: { color: COLORS.header },
      line: { color: COLORS.rule, width: 0.5 },
    });
    coverage.addText(
      [
        { text: `${count.count}`, options: { fontSize: 22, bold: true } },
        { text: `  ${count.label}`, options: { fontSize: 12 } },
      ],
      {
        x,
        y: BODY_Y + 0.05,
        w: countW,
        h: 0.8,
        align: 'center',
        color: COLORS.text,
        fontFace: PPT_FONT,
      },
    );
  });
  coverage.addText(pack.coverage.chaseTitle, {
    x: MARGIN,
    y: BODY_Y + 1.0,
    w: width,
    h: 0.35,
    fontSize: 14,
    bold: true,
    color: COLORS.text,
    fontFace: PPT_FONT,
    margin: 0,
  });
  addTable(coverage, tables.chase, { x: MARGIN, y: BODY_Y + 1.4, w: width, h: 4 });

  pack.trends.forEach((chart, i) =>
    addChartSlide(pptx, { ...chart, sampleNote: chart.sampleNote ?? pack.sampleNote }, 5 + i, total),
  );

  const findings = pptx.addSlide();
  addFrame(findings, frame(pack.findings.title, total));
  addTable(findings, tables.findings, { x: MARGIN, y: BODY_Y + 0.1, w: width, h: 5.4 });

  return (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
}
