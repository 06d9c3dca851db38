import { strToU8, zipSync } from 'fflate';

import { buildLayout, expandGrid, type LayoutTable, type SampleLayout } from './layout';
import { type SampleReport } from './model';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

type RunStyle = { font?: string; size?: number; bold?: boolean };

function run(text: string, style: RunStyle = {}): string {
  const props = [
    style.font ? `<w:rFonts w:ascii="${style.font}" w:hAnsi="${style.font}" w:eastAsia="${style.font}"/>` : '',
    style.bold ? '<w:b/>' : '',
    style.size ? `<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/>` : '',
  ].join('');

  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${xml(text)}</w:t></w:r>`;
}

function paragraph(content: string, opts: { align?: 'center' | 'right' | 'both'; indent?: boolean } = {}): string {
  const ppr = [opts.indent ? '<w:ind w:firstLineChars="200" w:firstLine="640"/>' : '', opts.align ? `<w:jc w:val="${opts.align}"/>` : ''].join('');

  return `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ''}${content}</w:p>`;
}

const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');

/** A Word table: w:gridSpan for colspans, w:vMerge restart/continue for rowspans (OOXML §17.4). */
function tableXml(table: LayoutTable): string {
  const colWidth = Math.floor(9000 / table.columns);
  const grid = expandGrid(table);
  const rows = grid.map((row, r) => {
    const cells: string[] = [];
    for (let c = 0; c < row.length; ) {
      const slot = row[c];
      if (!slot) break;
      if (slot.anchorCol !== c) {
        c++;
        continue;
      }
      const { anchor } = slot;
      const isStart = slot.anchorRow === r;
      const span = anchor.colspan > 1 ? `<w:gridSpan w:val="${anchor.colspan}"/>` : '';
      const vMerge = anchor.rowspan > 1 ? (isStart ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '';
      // Kept lean (no per-cell fonts or widths): the table grid carries the widths, and a 20,000-document
      // corpus stays fast to write.
      const tcPr = span || vMerge ? `<w:tcPr>${span}${vMerge}</w:tcPr>` : '';
      // Every w:tc needs a paragraph; a cell's own line breaks become separate paragraphs as in Word.
      const lines = isStart ? anchor.text.split('\n') : [''];
      const body = lines.map((line) => (line === '' ? '<w:p/>' : `<w:p><w:r><w:t xml:space="preserve">${xml(line)}</w:t></w:r></w:p>`)).join('');
      cells.push(`<w:tc>${tcPr}${body}</w:tc>`);
      c += anchor.colspan;
    }

    return `<w:tr>${cells.join('')}</w:tr>`;
  });
  const gridCols = Array.from({ length: table.columns }, () => `<w:gridCol w:w="${colWidth}"/>`).join('');

  return (
    `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblBorders>${BORDERS}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${gridCols}</w:tblGrid>${rows.join('')}</w:tbl>`
  );
}

function documentXml(layout: SampleLayout): string {
  const body: string[] = [];
  for (const block of layout.blocks) {
    switch (block.kind) {
      case 'title':
        for (const line of block.lines) body.push(paragraph(run(line, { font: '方正小标宋简体', size: 44 }), { align: 'center' }));
        body.push(paragraph(''));
        break;
      case 'heading':
        body.push(paragraph(run(block.text, { font: '黑体', size: 32 }), { indent: true }));
        break;
      case 'paragraph': {
        // The txt artefact '[bookmark: _GoBack]' comes from this bookmark in the Word file (spec D19).
        const mark = block.bookmark ? '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>' : '';
        body.push(paragraph(mark + run(block.text, { font: '仿宋_GB2312', size: 32 }), { indent: true, align: 'both' }));
        break;
      }
      case 'table':
        body.push(tableXml(block.table), paragraph(''));
        break;
      case 'signature':
        body.push(paragraph(''));
        for (const line of block.lines) body.push(paragraph(run(line, { font: '仿宋_GB2312', size: 32 }), { align: 'right' }));
        break;
    }
  }
  const sect = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';

  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body.join('')}${sect}</w:body></w:document>`;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>';

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
  '</Relationships>';

const DOC_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

const APP =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Gongkai sample-corpus</Application></Properties>';

function coreXml(sample: SampleReport, layout: SampleLayout): string {
  const created = `${sample.publishedOn}T09:00:00Z`;

  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xml(layout.title)}</dc:title><dc:creator>${xml(sample.text.signature)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** A minimal, valid .docx (Word 2007+ package) zipped with fflate; fixed timestamps keep it byte-stable. */
export function renderDocx(sample: SampleReport, layout: SampleLayout = buildLayout(sample)): Uint8Array {
  const mtime = new Date(Date.UTC(2020, 0, 1));

  return zipSync(
    {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(ROOT_RELS),
      'word/document.xml': strToU8(documentXml(layout)),
      'word/_rels/document.xml.rels': strToU8(DOC_RELS),
      'docProps/core.xml': strToU8(coreXml(sample, layout)),
      'docProps/app.xml': strToU8(APP),
    },
    { level: 1, mtime },
  );
}
