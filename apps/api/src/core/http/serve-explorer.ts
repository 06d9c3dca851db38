import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { type NestExpressApplication } from '@nestjs/platform-express';

import { type NextFunction, type Request, type Response } from 'express';

/** Where the explorer's assets are served; the Vite build's `base` (explorer/vite.config.mts). */
export const EXPLORER_PREFIX = '/explorer/';

/**
 * Nothing but this origin: scripts, workers, styles (GraphiQL sets inline styles), fonts (inlined as data:) and
 * requests (the page's own /graphql). A page that tried to load anything from elsewhere would be refused by the
 * browser, so the explorer works offline by construction, and the browser test checks that it also runs under it.
 */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The offline GraphQL explorer (GraphiQL, built into dist/explorer with the api): a browser opening GET /graphql
 * gets the page; a GET with a `query` parameter or without text/html in Accept (a script) still reaches Apollo.
 * Returns the folder, or null when the api was not built (then a browser gets a short note instead of Apollo's 400).
 */
export function serveExplorer(app: NestExpressApplication, explorerDir?: string): string | null {
  // From dist/core/http (built) and src/core/http (tests through ts) alike: the build output is apps/api/dist/explorer.
  const dir = resolve(explorerDir ?? join(__dirname, '..', '..', '..', 'dist', 'explorer'));
  const index = join(dir, 'index.html');
  const built = existsSync(index);
  if (built) {
    app.useStaticAssets(dir, {
      prefix: EXPLORER_PREFIX,
      index: false,
      // The file names carry a content hash.
      maxAge: '1d',
      immutable: true,
      setHeaders: (res) => res.setHeader('Content-Security-Policy', EXPLORER_CSP),
    });
  }
  app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path !== '/' || req.query['query'] !== undefined || !(req.headers.accept ?? '').includes('text/html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', EXPLORER_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (!built) {
      res.status(503).type('text/plain; charset=utf-8').send('GraphQL 查询器尚未构建：请运行 npm run build -w @gongkai/api。接口本身可用：POST /graphql。\n');

      return;
    }
    res.sendFile(index);
  });

  return built ? dir : null;
}
