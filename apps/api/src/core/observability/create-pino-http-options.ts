import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse } from 'node:http';

import { type Params } from 'nestjs-pino';
import pino from 'pino';
import { type Options } from 'pino-http';

import { type ConfigService } from '../config/config.service';

type Req = IncomingMessage & { id?: unknown; ip?: string; originalUrl?: string };

/** One set of options (and so one pino instance) per app: create-app's middleware and nestjs-pino share it. */
const built = new WeakMap<ConfigService, Options>();

/**
 * pino-http's options: one JSON line per answered request (none for probes and scrapes) — cache hits and 429s
 * included, as create-app mounts it before those answer —, and every line logged while serving a request
 * carries its `reqId` (the X-Request-Id header the api answers with). Request lines name method, path, status,
 * time and client address; never headers (tokens) or bodies.
 */
export function pinoHttpOptionsOf(config: ConfigService): Options {
  const known = built.get(config);
  if (known) return known;
  const options: Options = {
    logger: pino({ level: config.get('LOG_LEVEL') }),
    genReqId: (req: Req) => (typeof req.id === 'string' ? req.id : randomUUID()),
    quietReqLogger: true,
    autoLogging: { ignore: (req: Req) => (req.url ?? '').startsWith('/health') || req.url === '/metrics' },
    customLogLevel: (_req: Req, res: ServerResponse, error?: Error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    serializers: {
      req: (req: { id: unknown; method: string; url: string; remoteAddress?: string; raw?: Req }) => ({
        id: req.id,
        method: req.method,
        // Without the query string: GraphQL GET requests carry their whole query (and variables) there.
        path: (req.raw?.originalUrl ?? req.url).split('?')[0],
        address: req.raw?.ip ?? req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
  built.set(config, options);

  return options;
}

/** nestjs-pino binds Nest's Logger to the request's child logger that create-app's pino-http made (useExisting). */
export function createPinoHttpOptions(config: ConfigService): Params {
  return { pinoHttp: pinoHttpOptionsOf(config), useExisting: true };
}
