import { type NextFunction, type Request, type Response } from 'express';

/** multipart framing around the files (boundaries, headers, small fields); bytes. */
const MULTIPART_OVERHEAD = 64 * 1024;

/** How long a refused upload's connection stays open after the 413, for the client to read it; ms. */
const REFUSED_LINGER_MS = 2_000;

/**
 * Refuses an upload larger than the limit with 413 as soon as that is known: before a byte is read when the
 * declared Content-Length says so, else (chunked) the moment the streamed body passes the limit.
 *
 * The chunked case cannot be left to multer: it stops storing at its file limit but then reads the whole rest
 * of the body before answering (it drains the request so that the client sees no EPIPE), so a 1 GiB chunked
 * upload was read to its end and answered only then (fault suite, case 6). Here the body is counted as the HTTP parser pushes it —
 * without reading it, so the handler downstream still gets every byte of a body within the limit — and past
 * the limit the api answers at once with `Connection: close` and closes the connection shortly after (see
 * refuse), which stops the upload.
 */
export function bodySizeLimit(maxBytes: number) {
  const limit = maxBytes + MULTIPART_OVERHEAD;

  return (req: Request, res: Response, next: NextFunction): void => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared)) {
      if (declared > limit) {
        refuse(req, res, maxBytes);

        return;
      }
      // Node's parser never reads past the declared length: this body cannot outgrow it.
      next();

      return;
    }
    countChunkedBody(req, limit, () => refuse(req, res, maxBytes));
    next();
  };
}

/**
 * Wraps the request's push() (what the HTTP parser calls with each body chunk) to count the bytes. Past the
 * limit, chunks are discarded instead of queued — what multer or graphql-upload already read stays bounded —
 * and onOver runs once, outside the parser's callback.
 */
function countChunkedBody(req: Request, limit: number, onOver: () => void): void {
  const push = req.push.bind(req);
  let seen = 0;
  let over = false;
  req.push = (chunk: unknown, encoding?: BufferEncoding): boolean => {
    if (over) return true;
    if (chunk !== null && chunk !== undefined) seen += (chunk as { length: number }).length;
    if (seen <= limit) return push(chunk, encoding);
    over = true;
    setImmediate(onOver);

    return true;
  };
}

function refuse(req: Request, res: Response, maxBytes: number): void {
  if (res.headersSent) {
    // Something downstream already answered: only stop the upload.
    req.socket.destroy();

    return;
  }
  const body = JSON.stringify({
    error: {
      code: 'PAYLOAD_TOO_LARGE',
      reason: 'PAYLOAD_TOO_LARGE',
      message: `The upload exceeds ${maxBytes} bytes`,
      messageZh: `上传内容超过 ${Math.round(maxBytes / 1024 / 1024)} MB 限制。`,
    },
    errors: [{ message: `The upload exceeds ${maxBytes} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
  });
  res.status(413);
  res.setHeader('Connection', 'close');
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', String(Buffer.byteLength(body)));
  // The whole answer now (its length tells the client it is complete), but the response is ended — and so
  // the connection closed — only after a grace period, reading and discarding meanwhile: closing while the
  // client is still sending resets the connection, and a client that had not read the 413 yet loses it
  // (seen in the fault suite: "HTTP 0" instead of 413). A client that stops sending closes first.
  res.write(body);
  req.resume();
  const linger = setTimeout(() => res.end(), REFUSED_LINGER_MS).unref();
  req.socket.once('close', () => clearTimeout(linger));
}
