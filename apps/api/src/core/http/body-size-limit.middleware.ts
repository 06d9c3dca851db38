import { type NextFunction, type Request, type Response } from 'express';

/** multipart framing around the files (boundaries, headers, small fields); bytes. */
const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * Refuses an upload larger than the limit with 413 as soon as that is known: before a byte is read when the
 * declared Content-Length says so, else (chunked) the moment the streamed body passes the limit.
 *
 * The chunked case cannot be left to multer or graphql-upload: both stop storing at their limit but then read
 * the whole rest of the body before answering (multer drains the request so the client sees no EPIPE;
 * graphql-upload holds the response until the request ends), so a 1 GiB chunked upload was read to its end
 * and answered only then (fault suite, case 6). Here the body is counted as the HTTP parser pushes it —
 * without reading it, so the handler downstream still gets every byte of a body within the limit — and past
 * the limit the api answers at once with `Connection: close`; Node closes the connection once the answer is
 * sent, which stops the upload.
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
  res.setHeader('Connection', 'close');
  res.status(413).json({
    error: {
      code: 'PAYLOAD_TOO_LARGE',
      reason: 'PAYLOAD_TOO_LARGE',
      message: `The upload exceeds ${maxBytes} bytes`,
      messageZh: `上传内容超过 ${Math.round(maxBytes / 1024 / 1024)} MB 限制。`,
    },
    errors: [{ message: `The upload exceeds ${maxBytes} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
  });
  // Keep reading (and discarding) until the answer is out and Node closes the connection: a client that is
  // still sending then reads the 413 instead of a reset.
  req.resume();
}
