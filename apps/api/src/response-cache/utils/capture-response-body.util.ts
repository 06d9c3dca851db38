import { type ServerResponse } from 'node:http';

import { type CachedResponse } from '../response-cache.service';

/**
 * Tees what a handler writes to `res` and hands it to `onDone` when the response ends: the body when it is a
 * 200 JSON answer without GraphQL errors (Apollo writes `errors` first), else null. Also null when the
 * client goes away first.
 */
export function captureResponseBody(res: ServerResponse, onDone: (response: CachedResponse | null) => void): void {
  const chunks: Buffer[] = [];
  let settled = false;
  const settle = (response: CachedResponse | null) => {
    if (settled) return;
    settled = true;
    onDone(response);
  };
  const collect = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0]);

    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  res.end = ((...args: unknown[]) => {
    if (args.length > 0 && typeof args[0] !== 'function') collect(args[0], args[1]);
    const contentType = String(res.getHeader('content-type') ?? '');
    const body = Buffer.concat(chunks);
    const cacheable = res.statusCode === 200 && /json/i.test(contentType) && !body.subarray(0, 16).toString('latin1').startsWith('{"errors"');
    settle(cacheable ? { body, contentType } : null);

    return end(...args);
  }) as ServerResponse['end'];
  res.once('close', () => settle(null));
}
