/** Callbacks of the scanner. `attr` reads one attribute of the tag just opened (raw text decoded). */
export type XmlHandler = {
  open(name: string, attr: (name: string) => string | undefined, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
};

/**
 * A minimal, linear XML tokenizer for WordprocessingML: elements, attributes on demand, text with the five
 * predefined and numeric entities; comments, CDATA (as text), processing instructions and DOCTYPE skipped.
 * It keeps no element stack, so hostile nesting (tens of thousands of unclosed elements) costs nothing
 * extra: a general-purpose parser that re-balances its stack on every close tag becomes quadratic there.
 * Well-formedness is not checked: a docx that Word wrote is well formed, and a broken one yields what
 * can be read.
 */
export function scanXml(xml: string, handler: XmlHandler): void {
  const n = xml.length;
  let i = 0;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) handler.text(decodeEntities(xml.slice(i, textEnd)));
    if (lt < 0) return;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      handler.text(xml.slice(lt + 9, end < 0 ? n : end));
      i = end < 0 ? n : end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt + 1);
    if (gt < 0) return;
    i = gt + 1;
    const second = xml.charCodeAt(lt + 1);
    if (second === 0x3f /* ? */ || second === 0x21 /* ! */) continue;
    if (second === 0x2f /* / */) {
      handler.close(xml.slice(lt + 2, gt).trim());
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
    const inner = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
    let nameEnd = 0;
    while (nameEnd < inner.length && !isSpace(inner.charCodeAt(nameEnd))) nameEnd += 1;
    const name = inner.slice(0, nameEnd);
    const rest = inner.slice(nameEnd);
    handler.open(name, (attr) => readAttribute(rest, attr), selfClosing);
    if (selfClosing) handler.close(name);
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function readAttribute(raw: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = raw.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    if (at > 0 && !isSpace(raw.charCodeAt(at - 1))) continue;
    let j = from;
    while (j < raw.length && isSpace(raw.charCodeAt(j))) j += 1;
    if (raw[j] !== '=') continue;
    j += 1;
    while (j < raw.length && isSpace(raw.charCodeAt(j))) j += 1;
    const quote = raw[j];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = raw.indexOf(quote, j + 1);
    return decodeEntities(raw.slice(j + 1, end < 0 ? raw.length : end));
  }
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|lt|gt|amp|quot|apos);/gu, (whole, e: string) => {
    const named = NAMED[e];
    if (named) return named;
    const code = e.startsWith('#x') ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}
