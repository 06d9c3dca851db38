import { type NextFunction, type Request, type Response } from 'express';

/** What body-parser's json() gives next() when the body is not JSON (or not the charset it names). */
type BodyParserError = Error & { type?: string; status?: number };

const PARSE_FAILURES = new Set(['entity.parse.failed', 'charset.unsupported', 'encoding.unsupported']);

/**
 * Express error handler right after the JSON parser: a body that is not JSON gets 400 in the GraphQL `errors`
 * shape (as a query that does not parse does) instead of Express's HTML error page, so a script reads
 * `errors[0].extensions.code` whatever went wrong. Anything else passes on.
 */
export function malformedJsonHandler(error: BodyParserError, _req: Request, res: Response, next: NextFunction): void {
  if (!PARSE_FAILURES.has(error.type ?? '') || res.headersSent) {
    next(error);

    return;
  }
  const detail = error.type === 'entity.parse.failed' ? error.message : `unsupported ${error.type === 'charset.unsupported' ? 'charset' : 'content encoding'}`;
  res.status(400).json({
    errors: [
      {
        message: `The request body is not valid JSON: ${detail}`,
        extensions: {
          code: 'BAD_REQUEST',
          reason: 'MALFORMED_JSON',
          messageZh: '请求体不是有效的 JSON：请检查引号、转义（字符串中的换行须写作 \\n）和括号。',
        },
      },
    ],
  });
}
