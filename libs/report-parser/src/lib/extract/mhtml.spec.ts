import iconv from 'iconv-lite';

import { type DocTable } from '../model/document-model';
import { extractDocument } from './extract-document';
import { isMhtml } from './mhtml';

/** Quoted-printable as Word writes it: lines of at most 76 characters ending in a soft break, every byte ≥ 0x80 and "=" escaped. */
function quotedPrintable(bytes: Buffer): string {
  let line = '';
  let out = '';
  for (const byte of bytes) {
    const piece = byte >= 0x80 || byte === 0x3d ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : byte === 0x0a ? '\n' : String.fromCharCode(byte);
    if (piece === '\n') {
      out += `${line}\r\n`;
      line = '';
      continue;
    }
    if (line.length + piece.length > 75) {
      out += `${line}=\r\n`;
      line = '';
    }
    line += piece;
  }

  return out + line;
}

const PAGE = '<html><head><meta http-equiv=Content-Type content="text/html; charset=gb2312"></head><body><p class=MsoNormal>二、主动公开政府信息情况</p><table border=1><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr><tr><td>规章</td><td>12345</td><td>0</td><td>67890</td></tr></table></body></html>';

function wordMhtml(html: string): Uint8Array {
  const boundary = '----=_NextPart_01DA0000.12345678';
  const body = quotedPrintable(iconv.encode(html, 'gb18030'));
  const text = [
    'MIME-Version: 1.0',
    `Content-Type: multipart/related; boundary="${boundary}"`,
    '',
    '此文档为“单个文件网页”，也称为“Web 档案”文件。',
    '',
    `--${boundary}`,
    'Content-Location: file:///C:/report.htm',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Type: text/html; charset="gb2312"',
    '',
    body,
    '',
    `--${boundary}`,
    'Content-Location: file:///C:/report.files/filelist.xml',
    'Content-Transfer-Encoding: base64',
    'Content-Type: text/xml; charset="utf-8"',
    '',
    Buffer.from('<xml></xml>').toString('base64'),
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');

  return new Uint8Array(iconv.encode(text, 'gb18030'));
}

describe('MHTML (a web archive, often named .doc)', () => {
  it('is recognised by its MIME headers, not by its name', () => {
    expect(isMhtml(wordMhtml(PAGE))).toBe(true);
    expect(isMhtml(new Uint8Array(Buffer.from(PAGE)))).toBe(false);
    expect(isMhtml(new Uint8Array(Buffer.from('Content-Type: text/plain\r\n\r\n一、总体情况')))).toBe(false);
  });

  it('reads the HTML part decoded: numbers split by soft line breaks are whole again, GB2312 text is Chinese', () => {
    const bytes = wordMhtml(PAGE);
    // Soft line breaks, as Word writes them at column 76: read as text they would cut words and numbers.
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/=\r\n/);
    const model = extractDocument(bytes, { fileName: 'report.doc' });
    expect(model.format).toBe('html');
    const table = model.blocks.find((b): b is DocTable => b.kind === 'table');
    expect(table?.grid.map((r) => r.map((c) => c.text))).toEqual([
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '12345', '0', '67890'],
    ]);
    expect(model.blocks.some((b) => b.kind === 'paragraph' && b.text === '二、主动公开政府信息情况')).toBe(true);
  });

  it('refuses an archive without an HTML part with a typed error', () => {
    const text = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n';
    expect(() => extractDocument(new Uint8Array(Buffer.from(text)), {})).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_FORMAT' }));
  });
});
