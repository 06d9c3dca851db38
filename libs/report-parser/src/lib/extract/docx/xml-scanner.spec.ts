import { decodeEntities, scanXml } from './xml-scanner';

function events(xml: string): string[] {
  const out: string[] = [];
  scanXml(xml, {
    open: (name, attr, selfClosing) => out.push(`<${name}${attr('w:val') !== undefined ? ` val=${attr('w:val')}` : ''}${selfClosing ? '/' : ''}>`),
    close: (name) => out.push(`</${name}>`),
    text: (text) => out.push(text),
  });
  return out;
}

describe('scanXml', () => {
  it('reports elements, attributes, self-closing tags and decoded text in order', () => {
    expect(events(`<?xml version="1.0"?><w:p><w:gridSpan w:val='3'/><w:t>a &amp; b &#x4E00;&#20108;</w:t></w:p>`)).toEqual([
      '<w:p>',
      '<w:gridSpan val=3/>',
      '</w:gridSpan>',
      '<w:t>',
      'a & b 一二',
      '</w:t>',
      '</w:p>',
    ]);
  });

  it('skips comments and DOCTYPE, passes CDATA through as text, does not match attribute-name suffixes', () => {
    expect(events('<!DOCTYPE x><a><!-- <b> --><![CDATA[<c>]]><d xw:val="no" w:val = "yes"/></a>')).toEqual(['<a>', '<c>', '<d val=yes/>', '</d>', '</a>']);
  });

  it('stops quietly on truncated input', () => {
    expect(events('<a>text<b attr="x')).toEqual(['<a>', 'text']);
  });

  it('stays linear on tens of thousands of unclosed elements', () => {
    const xml = `<w:body>${'<w:sdt><w:sdtContent>'.repeat(60_000)}<w:p><w:t>x</w:t></w:p></w:body>`;
    let texts = 0;
    const started = process.hrtime.bigint();
    scanXml(xml, { open: () => undefined, close: () => undefined, text: () => (texts += 1) });
    // A quadratic parser needs seconds here; the bound is loose so a busy machine does not fail it.
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(2000);
    expect(texts).toBe(1);
  });

  it('leaves unknown or out-of-range entities as printed', () => {
    expect(decodeEntities('&nbsp; &#xD800; &#0; &lt;')).toBe('&nbsp; &#xD800; &#0; <');
  });
});
