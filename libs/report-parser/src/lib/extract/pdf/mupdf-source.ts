/**
 * The PDF reader that runs in the parser's worker thread: MuPDF (the `mupdf` WebAssembly build) draws each page once
 * into a device that collects the text it shows (with the glyphs' positions) and the paths it fills or strokes.
 * Measured on the corpus PDFs (docs/BENCHMARKS.md, parse): about 6 ms a page, where pdf.js took 30–60 ms, almost
 * all of it parsing embedded CJK fonts for a text layer.
 *
 * It hands back the same PdfTextLayer as the pdf.js reader did, so everything after it (runs, ruled tables, lines)
 * is unchanged: items are runs of glyphs on one baseline in y-up page space, cut at spaces and where the gap to the
 * next glyph is wider than a fifth of the font size (a cell boundary, a word).
 *
 * Kept as CommonJS source evaluated in the worker (as the pdf.js reader was), so it needs no build output of its
 * own and behaves the same under Jest and in the built library. `mupdf` is ESM only: it is imported once, by URL.
 */
export const MUPDF_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const ready = import(workerData.mupdfUrl);
const HAIR = 3;
const ALIGN = 0.6;
// A gap between glyphs wider than this fraction of the font size starts a new item (the next cell, or a word).
const SPLIT = 0.2;
const MAX_RULES = 20000;

const apply = (m, x, y) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
const mul = (a, b) => [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3], a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3], a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]];

/**
 * Type 3 fonts draw each glyph with a little content stream of its own (Chromium prints CJK text so), and MuPDF runs
 * every one of them when it loads the font: ~80 % of the time of such a file. Placing text needs only the font's
 * widths, matrix and ToUnicode map, so the glyph procedures are swapped for one empty stream first. Answers how many.
 */
function emptyType3Glyphs(pdf) {
  let empty = null;
  let count = 0;
  const objects = pdf.countObjects();
  for (let i = 1; i < objects; i += 1) {
    const object = pdf.newIndirect(i, 0).resolve();
    if (!object.isDictionary()) continue;
    const subtype = object.get('Subtype');
    if (!subtype.isName() || subtype.asName() !== 'Type3') continue;
    const procs = object.get('CharProcs');
    if (!procs.isDictionary()) continue;
    if (!empty) empty = pdf.addStream('', {});
    procs.forEach((value, key) => {
      procs.put(key, empty);
      count += 1;
    });
  }
  return count;
}

function readPage(mupdf, page) {
  const [bx0, by0, bx1, by1] = page.getBounds();
  const height = by1 - by0;
  // Device space (y down) → the text layer's space: x from the page's left edge, y up from its bottom.
  const toX = (x) => x - bx0;
  const toY = (y) => by1 - y;
  const items = [];
  const paths = [];
  let item = null;
  const flush = () => {
    if (item && item.str.trim()) items.push({ str: item.str, transform: item.transform, width: item.width, height: item.height });
    item = null;
  };
  const onText = (text, ctm) => {
    let font = null;
    let wmode = 0;
    text.walk({
      beginSpan(f, trm, w) { font = f; wmode = w; },
      showGlyph(f, trm, glyph, unicode, w) {
        if (unicode < 0) return;
        const ch = String.fromCodePoint(unicode);
        const m = mul(trm, ctm);
        const size = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]) || 1;
        const advance = (f || font).advanceGlyph(glyph, w || wmode) * Math.hypot(m[0], m[1]);
        const x = toX(m[4]);
        const y = toY(m[5]);
        // A degenerate text matrix (seen in WPS files: hidden duplicates of visible text) places nothing.
        if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(size) || !Number.isFinite(advance) || size < 0.5) return;
        // Text turned or written vertically: glyphs that follow each other down one column make one item, placed at
        // its first glyph with the turned matrix and the column's length as its height (text-runs reads it so).
        const vertical = (w || wmode) === 1 || Math.abs(m[1]) > Math.abs(m[0]);
        if (vertical) {
          if (item && !item.vertical) flush();
          if (!ch.trim()) {
            flush();
            return;
          }
          const step = Math.abs(advance) || size;
          if (item) {
            const gap = item.yEnd - y;
            if (Math.abs(x - item.x0) > item.size * 0.25 || gap > item.size * SPLIT || gap < -item.size * 0.5) flush();
          }
          if (!item) item = { vertical: true, str: '', x0: x, y, yEnd: y, size, width: size, height: 0, transform: [m[0], -m[1], -m[2], -m[3], x, y] };
          item.str += ch;
          item.yEnd = y - step;
          item.height = item.y - item.yEnd;
          return;
        }
        if (item && item.vertical) flush();
        if (item) {
          const gap = x - (item.x0 + item.width);
          const sameLine = Math.abs(y - item.y) <= item.size * 0.25 && Math.abs(size - item.size) <= item.size * 0.2;
          if (!sameLine || gap > item.size * SPLIT || gap < -item.size * 0.5) flush();
        }
        // A space ends an item: the next word is placed by its own position, as the layout expects.
        if (!ch.trim()) {
          flush();
          return;
        }
        if (!item) {
          item = { str: '', x0: x, y, size, width: 0, height: size, transform: [size, 0, 0, size, x, y] };
        }
        item.str += ch;
        item.width = Math.max(item.width, x + advance - item.x0);
      },
      endSpan() {},
    });
  };
  const onPath = (path, ctm, stroked) => {
    if (paths.length > MAX_RULES) return;
    const subs = [];
    let sub = null;
    let curved = false;
    path.walk({
      moveTo(x, y) { sub = [apply(ctm, x, y)]; subs.push(sub); },
      lineTo(x, y) { if (sub) sub.push(apply(ctm, x, y)); },
      curveTo() { curved = true; },
      closePath() { if (sub && sub.length > 0) sub.push(sub[0]); },
    });
    if (!curved) paths.push({ subs, stroked });
  };
  const device = new mupdf.Device({
    fillText(text, ctm) { onText(text, ctm); },
    strokeText(text, ctm) { onText(text, ctm); },
    clipText(text, ctm) { onText(text, ctm); },
    clipStrokeText(text, ctm) { onText(text, ctm); },
    ignoreText(text, ctm) { onText(text, ctm); },
    fillPath(path, evenOdd, ctm) { onPath(path, ctm, false); },
    strokePath(path, stroke, ctm) { onPath(path, ctm, true); },
  });
  try {
    page.run(device, mupdf.Matrix.identity);
    device.close();
  } finally {
    device.destroy();
  }
  flush();
  // Rules are read only on pages with lines of numbers (as before): a heading's underline on a text page is no table.
  const perLine = new Map();
  for (const it of items) if (/^\\s*[-+]?\\d[\\d,]*(\\.\\d+)?\\s*$/.test(it.str)) { const y = Math.round(it.transform[5] / 3); perLine.set(y, (perLine.get(y) || 0) + 1); }
  const counts = [...perLine.values()];
  const tabular = counts.filter((n) => n >= 3).length >= 2 || counts.some((n) => n >= 8);
  if (!tabular) return { height, content: { items } };
  const rules = [];
  const push = (x1, y1, x2, y2) => {
    if (Math.abs(y1 - y2) <= ALIGN && Math.abs(x2 - x1) > ALIGN) rules.push([toX(Math.min(x1, x2)), toY((y1 + y2) / 2), toX(Math.max(x1, x2)), toY((y1 + y2) / 2)]);
    else if (Math.abs(x1 - x2) <= ALIGN && Math.abs(y2 - y1) > ALIGN) rules.push([toX((x1 + x2) / 2), toY(Math.max(y1, y2)), toX((x1 + x2) / 2), toY(Math.min(y1, y2))]);
  };
  for (const { subs, stroked } of paths) {
    if (rules.length >= MAX_RULES) break;
    for (const points of subs) {
      if (stroked) {
        for (let j = 1; j < points.length; j += 1) push(points[j - 1][0], points[j - 1][1], points[j][0], points[j][1]);
        continue;
      }
      // Filled hairline boxes are rules too (Chromium and Skia draw borders so).
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (const [x, y] of points) { x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y); }
      const w = x1 - x0;
      const h = y1 - y0;
      if (h <= HAIR && w > h * 3) push(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
      else if (w <= HAIR && h > w * 3) push((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
    }
  }
  return { height, content: { items }, rules };
}

parentPort.on('message', async ({ id, data, maxPages }) => {
  let doc = null;
  try {
    const mupdf = await ready;
    try {
      doc = mupdf.Document.openDocument(data, 'application/pdf');
    } catch (error) {
      parentPort.postMessage({ id, ok: false, name: 'InvalidPDFException', message: String((error && error.message) || error) });
      return;
    }
    if (doc.needsPassword()) {
      parentPort.postMessage({ id, ok: false, name: 'PasswordException', message: 'The PDF is encrypted' });
      return;
    }
    const numPages = doc.countPages();
    if (numPages > maxPages) {
      parentPort.postMessage({ id, ok: false, name: 'TooLarge', message: numPages + ' pages', code: 'TOO_LARGE' });
      return;
    }
    emptyType3Glyphs(doc.asPDF());
    const pages = [];
    for (let n = 0; n < numPages; n += 1) {
      const page = doc.loadPage(n);
      try {
        pages.push(readPage(mupdf, page));
      } finally {
        page.destroy();
      }
    }
    const info = {};
    for (const key of ['Title', 'CreationDate']) {
      const value = doc.getMetaData('info:' + key);
      if (typeof value === 'string' && value) info[key] = value;
    }
    parentPort.postMessage({ id, ok: true, layer: { pages, info, numPages } });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, name: String((error && error.name) || 'Error'), message: String((error && error.message) || error) });
  } finally {
    if (doc) doc.destroy();
  }
});
`;
