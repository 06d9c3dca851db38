import { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import helmet from 'helmet';

import { type CspDirectives, HSTS_MAX_AGE_S, ROUTE_CSP, STRICT_CSP } from './constants/content-security-policy.constant';

export type SecurityHeadersOptions = {
  /** Route policies tried before the strict one (defaults to ROUTE_CSP). */
  routes?: ReadonlyArray<{ prefix: string; directives: CspDirectives }>;
};

function helmetFor(directives: CspDirectives, tls: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      // Upgrading subresources on a plain-HTTP deployment (an internal network) would break every script.
      directives: {
        // A route policy without default-src leaves the rest to the page's own <meta> policy (the explorer's).
        ...(directives['defaultSrc'] ? {} : { defaultSrc: helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc }),
        ...directives,
        ...(tls ? { upgradeInsecureRequests: [] } : {}),
      } as Record<string, string[]>,
    },
    // Over TLS only: HSTS on a plain-HTTP answer is ignored by browsers and would be misleading in a probe.
    strictTransportSecurity: tls ? { maxAge: HSTS_MAX_AGE_S, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    // Source documents and exports are downloaded cross-origin by nobody; same-origin keeps them ours.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });
}

/**
 * helmet on every answer (dashboard, GraphQL, REST, health): the strict CSP unless a route policy matches,
 * nosniff, Referrer-Policy no-referrer, X-Frame-Options DENY and, when the request came over TLS (directly or
 * through a proxy trusted by TRUST_PROXY), HSTS. Controllers may still narrow the CSP (the document download does).
 */
export function securityHeaders(options: SecurityHeadersOptions = {}): RequestHandler {
  const routes = options.routes ?? ROUTE_CSP;
  const build = (directives: CspDirectives) => ({ plain: helmetFor(directives, false), tls: helmetFor(directives, true) });
  const strict = build(STRICT_CSP);
  const perRoute = routes.map((route) => ({ prefix: route.prefix, handlers: build(route.directives) }));

  return (req: Request, res: Response, next: NextFunction) => {
    const handlers = perRoute.find((route) => req.path === route.prefix || req.path.startsWith(`${route.prefix}/`))?.handlers ?? strict;
    (req.secure ? handlers.tls : handlers.plain)(req, res, next);
  };
}
