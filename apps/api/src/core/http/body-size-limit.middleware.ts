import { type NextFunction, type Request, type Response } from 'express';

/** multipart framing around the files (boundaries, headers, small fields); bytes. */
const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * Refuses an upload whose declared Content-Length exceeds the limit before a byte is read (413). Bodies
 * without a length (chunked) are bounded while streaming by multer / graphql-upload limits.
 */
export function bodySizeLimit(maxBytes: number) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_OVERHEAD) {
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
      req.resume();

      return;
    }
    next();
  };
}
