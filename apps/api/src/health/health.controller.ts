import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';

import { type Response } from 'express';
import { DataSource } from 'typeorm';

import { Public } from '../auth/decorators/public.decorator';
import { READ_DATA_SOURCE } from '../database/database.constants';

/** How long a readiness probe waits for the database before calling it down. */
const PROBE_TIMEOUT_MS = 2000;

type DatabaseState = 'up' | 'down';

export type Readiness = { status: 'ready' | 'unavailable'; database: { primary: DatabaseState; read: DatabaseState } };

/**
 * Probes for load balancers and orchestrators (docker/): `live` says the process serves HTTP, `ready` that it
 * can also reach its databases (503 when not, so traffic goes elsewhere; the api reconnects by itself).
 * Open to everyone, like any health check, and says nothing but up or down.
 */
@Controller('health')
@Public()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly primary: DataSource,
    @Inject(READ_DATA_SOURCE) private readonly read: DataSource,
  ) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get(['', 'ready'])
  async ready(@Res({ passthrough: true }) res: Response): Promise<Readiness> {
    const [primary, read] = await Promise.all([probe(this.primary), this.read === this.primary ? null : probe(this.read)]);
    const database = { primary, read: read ?? primary };
    const ok = database.primary === 'up' && database.read === 'up';
    res.status(ok ? 200 : 503);

    return { status: ok ? 'ready' : 'unavailable', database };
  }
}

async function probe(dataSource: DataSource): Promise<DatabaseState> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DatabaseState>((resolve) => {
    timer = setTimeout(() => resolve('down'), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([dataSource.query('SELECT 1').then((): DatabaseState => 'up', (): DatabaseState => 'down'), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
