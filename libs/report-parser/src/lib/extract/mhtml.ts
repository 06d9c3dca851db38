import { type DocumentModel } from '../model/document-model';
import { ReportParseError } from '../model/report-parse-error';
import { decodeText } from './decode-text';
import { extractHtml } from './html';

/**
 * MHTML (a web archive: Word's "single file web page", often published under a .doc name, and browsers' .mht):
 * a MIME multipart/related message whose first text/html part is the page. Read as plain text, its
 * quoted-printable soft line breaks ("12=\n3") would split numbers and labels; decoded, it is ordinary HTML.
 */
export function isMhtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');

  // A message starts with its headers (never with markup), one of them declaring the multipart/related body.
  return !/^\s*</.test(head) && /^content-type\s*:\s*multipart\/related/im.test(head);
}

type Part = { headers: Map<string, string>; body: Buffer };

export function extractMhtml(bytes: Uint8Array): DocumentModel {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const top = splitHeaders(raw);
  const boundary = parameter(top.headers.get('content-type') ?? '', 'boundary');
  if (!boundary) throw new ReportParseError('CORRUPT_FILE', 'MHTML without a multipart boundary');
  const html = parts(top.body, boundary).find((p) => /^text\/html\b/i.test(p.headers.get('content-type') ?? ''));
  if (!html) throw new ReportParseError('UNSUPPORTED_FORMAT', 'MHTML without an HTML part');
  const body = decodeTransfer(html.body, html.headers.get('content-transfer-encoding') ?? '7bit');
  const charset = parameter(html.headers.get('content-type') ?? '', 'charset') ?? undefined;
  const decoded = decodeText(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), 'html', charset);

  return extractHtml(decoded.text.replace(/^\ufeff/, ''), `${decoded.encoding} (mhtml)`);
}

/** Headers (folded lines unfolded, names lower-cased) up to the first empty line, and the rest. */
function splitHeaders(buffer: Buffer): Part {
  const text = buffer.toString('latin1');
  const m = /\r?\n\r?\n/.exec(text);
  const end = m ? m.index : text.length;
  const headers = new Map<string, string>();
  for (const line of text.slice(0, end).replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }

  return { headers, body: buffer.subarray(m ? end + m[0].length : end) };
}

function parameter(header: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header);

  return m ? ((m[1] ?? m[2]) as string) : null;
}

function parts(body: Buffer, boundary: string): Part[] {
  const text = body.toString('latin1');
  const delimiter = `--${boundary}`;
  const out: Part[] = [];
  let at = text.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (text.startsWith('--', start)) break;
    const next = text.indexOf(delimiter, start);
    const chunk = text.slice(start, next < 0 ? text.length : next).replace(/^[ \t]*\r?\n/, '').replace(/\r?\n$/, '');
    out.push(splitHeaders(Buffer.from(chunk, 'latin1')));
    at = next;
  }

  return out;
}

function decodeTransfer(body: Buffer, encoding: string): Buffer {
  const kind = encoding.trim().toLowerCase();
  if (kind === 'base64') return Buffer.from(body.toString('latin1').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (kind === 'quoted-printable') {
    // Soft line breaks join; =XX is one byte (the page's own charset decodes the bytes after).
    const text = body.toString('latin1').replace(/=\r?\n/g, '');
    const out = Buffer.alloc(text.length);
    let n = 0;
    for (let i = 0; i < text.length; i += 1) {
      const ch = text.charCodeAt(i);
      if (ch === 0x3d && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
        out[n++] = parseInt(text.slice(i + 1, i + 3), 16);
        i += 2;
      } else out[n++] = ch;
    }

    return out.subarray(0, n);
  }

  return body;
}
