/** A CSP as helmet takes it: directive name (camelCase or kebab-case) → sources. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/**
 * The dashboard's policy: its Vite build is files only (no inline script or style elements), charts export
 * through blob: and data: images, and it talks to its own /graphql only.
 */
export const STRICT_CSP: CspDirectives = {
  defaultSrc: ["'self'"],
  baseUri: ["'none'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  frameSrc: ["'none'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  workerSrc: ["'self'"],
};

/**
 * The per-route policy hook: the first entry whose prefix the path starts with replaces the strict policy.
 * `/graphql` serves the explorer page (the offline GraphiQL bundle of serve-explorer; before it, Apollo's landing
 * page, which wrote its own nonce'd `<meta>` policy). Its editor may need more than the dashboard (workers,
 * injected styles), so this entry keeps only what matters most — frame-ancestors, connect-src 'self', no
 * plugins, no base or form redirection — until the explorer's browser test passes under STRICT_CSP.
 */
export const ROUTE_CSP: ReadonlyArray<{ prefix: string; directives: CspDirectives }> = [
  {
    prefix: '/graphql',
    directives: {
      baseUri: ["'none'"],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
    },
  },
];

/** One year, in seconds: browsers keep to HTTPS for this long after one answer over TLS. */
export const HSTS_MAX_AGE_S = 365 * 24 * 60 * 60;
