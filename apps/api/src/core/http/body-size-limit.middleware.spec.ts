import { createHash } from 'node:crypto';
import { type AddressInfo } from 'node:net';
import { request, type Server } from 'node:http';

import express from 'express';

import { bodySizeLimit } from './body-size-limit.middleware';

const MAX = 256 * 1024;

/** Reads the body late (as multer does, behind the auth guard) and answers its size and hash. */
function startServer(): Promise<Server> {
  const app = express();
  app.use(bodySizeLimit(MAX));
  app.post('/upload', (req, res) => {
    setTimeout(() => {
      const hash = createHash('sha256');
      let bytes = 0;
      req.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        hash.update(chunk);
      });
      req.on('end', () => res.json({ bytes, sha256: hash.digest('hex') }));
    }, 50);
  });

  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Streams `total` bytes in 64 KiB chunks (chunked unless `declare`), stops at the answer. */
function send(
  server: Server,
  total: number,
  declare: boolean,
): Promise<{ status: number; sentAtAnswer: number; body: string }> {
  const { port } = server.address() as AddressInfo;
  const chunk = Buffer.alloc(64 * 1024, 7);

  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request({
      host: '127.0.0.1',
      port,
      path: '/upload',
      method: 'POST',
      headers: declare ? { 'content-length': String(total) } : {},
    });
    req.on('response', (res) => {
      answered = true;
      const at = sent;
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, sentAtAnswer: at, body });
      });
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    void (async () => {
      while (sent < total && !answered) {
        const part = chunk.subarray(0, Math.min(chunk.length, total - sent));
        await new Promise<void>((r) => (req.write(part) ? r() : req.once('drain', () => r())));
        sent += part.length;
      }
      if (!answered) req.end();
    })();
  });
}

describe('bodySizeLimit', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('passes a chunked body within the limit through whole, even to a handler that reads it late', async () => {
    const total = MAX - 1000;
    const answer = await send(server, total, false);
    expect(answer.status).toBe(200);
    const expected = createHash('sha256').update(Buffer.alloc(total, 7)).digest('hex');
    expect(JSON.parse(answer.body)).toEqual({ bytes: total, sha256: expected });
  });

  it('refuses a chunked body with 413 as soon as it passes the limit, not at its end', async () => {
    const answer = await send(server, 64 * 1024 * 1024, false);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.code).toBe('PAYLOAD_TOO_LARGE');
    // The limit plus multipart allowance plus what socket buffers held: far from the 64 MiB offered.
    expect(answer.sentAtAnswer).toBeLessThan(16 * 1024 * 1024);
  });

  it('refuses a declared length over the limit before reading the body', async () => {
    const answer = await send(server, 64 * 1024 * 1024, true);
    expect(answer.status).toBe(413);
    expect(answer.sentAtAnswer).toBeLessThan(16 * 1024 * 1024);
  });
});
