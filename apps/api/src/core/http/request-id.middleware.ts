import { randomUUID } from 'node:crypto';

import { type NextFunction, type Request, type Response } from 'express';

/** A request id a proxy may hand us (X-Request-Id), if it looks like one: short, no spaces or control characters. */
const FORWARDED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * Every request gets an id (the proxy's X-Request-Id when it sent a sane one, else a fresh uuid): on req.id
 * (where pino-http and the audit trail read it) and echoed in the X-Request-Id answer header, so a person
 * quoting it from an error lets an operator find the log lines and the audit row.
 */
export function requestId(req: Request, res: Response, next: NextFunction): void {
  const header = req.headers['x-request-id'];
  const given = Array.isArray(header) ? header[0] : header;
  const id = given && FORWARDED_ID.test(given) ? given : randomUUID();
  (req as Request & { id?: string }).id = id;
  res.setHeader('X-Request-Id', id);
  next();
}
