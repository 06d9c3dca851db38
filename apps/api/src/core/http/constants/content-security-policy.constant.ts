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
 * `/graphql`'s explorer page (Apollo's landing page today) writes its own `<meta>` policy with a fresh nonce
 * for its script and style elements, which a header cannot know, so this header leaves script/style/img/frame
 * to that meta policy and keeps what only a header can say (frame-ancestors) plus connect-src 'self'.
 * When the explorer is served from our own bundle, give `/graphql` STRICT_CSP (or drop the entry).
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
