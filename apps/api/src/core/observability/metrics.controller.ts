import { Controller, Get, Req, Res } from '@nestjs/common';

import { type Response } from 'express';

import { AuthException, AuthExceptionCode } from '../../auth/auth.exception';
import { Public } from '../../auth/decorators/public.decorator';
import { type AuthenticatedRequest } from '../../auth/types/auth-context.type';
import { ConfigService } from '../config/config.service';
import { PrometheusService } from './prometheus.service';

/**
 * Prometheus scrape endpoint. Closed unless METRICS_PUBLIC: then any valid token may read it (give the scraper
 * a viewer token: `authorization: { credentials_file: … }` in its scrape config). Marked public so that the
 * guard's read rule (REQUIRE_TOKEN_FOR_READS) does not decide for it; the guard still checks a sent token.
 */
@Controller('metrics')
@Public()
export class MetricsController {
  constructor(
    private readonly config: ConfigService,
    private readonly prometheus: PrometheusService,
  ) {}

  @Get()
  async metrics(@Req() req: AuthenticatedRequest, @Res() res: Response): Promise<void> {
    if (!this.config.get('METRICS_PUBLIC') && !req.auth?.authenticated) {
      throw new AuthException(AuthExceptionCode.TOKEN_REQUIRED, 'The metrics need a token (Authorization: Bearer …) unless METRICS_PUBLIC is set');
    }
    res.setHeader('Content-Type', this.prometheus.registry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.end(await this.prometheus.registry.metrics());
  }
}
