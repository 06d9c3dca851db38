import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { type NestExpressApplication } from '@nestjs/platform-express';

import { type NextFunction, type Request, type Response } from 'express';

/** Paths the api answers itself; everything else may be a dashboard route. */
const API_PREFIXES = ['/graphql', '/api/', '/health', '/metrics', '/explorer/'];

/**
 * Serves the built dashboard at `/` with an SPA fallback (unknown GET paths that accept HTML get
 * index.html). Returns the folder, or null when there is no build.
 */
export function serveDashboard(app: NestExpressApplication, dashboardDir: string | undefined): string | null {
  const dir = resolve(dashboardDir ?? join(__dirname, '..', '..', '..', '..', 'dashboard', 'dist'));
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return null;
  app.useStaticAssets(dir, { index: false, maxAge: '1h', immutable: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PREFIXES.some((p) => req.path.startsWith(p))) return next();
    if (!(req.headers.accept ?? '').includes('text/html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });

  return dir;
}
