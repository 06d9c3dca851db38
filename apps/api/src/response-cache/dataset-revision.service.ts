import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ConfigService } from '../core/config/config.service';
import { READ_DATA_SOURCE } from '../database/database.constants';

/**
 * The dataset revision (table dataset_revision) as this process knows it. It is read from the read database —
 * the one the cached answers come from, so a replica's lag shifts both alike — at most once per
 * RESPONSE_CACHE_REVISION_TTL_MS; a write in this process invalidates it at once. Other api instances see a
 * change within that TTL.
 */
@Injectable()
export class DatasetRevisionService {
  private known: { revision: string; readAt: number } | null = null;
  /** Incremented by invalidate(): a read that started before a local write must not be remembered after it. */
  private generation = 0;
  private pending: { generation: number; promise: Promise<string> } | null = null;
  private lastRead: string | null = null;

  constructor(
    @Inject(READ_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly config: ConfigService,
  ) {}

  async current(): Promise<string> {
    const known = this.known;
    if (known && Date.now() - known.readAt < this.config.get('RESPONSE_CACHE_REVISION_TTL_MS')) return known.revision;
    if (this.pending?.generation === this.generation) return this.pending.promise;
    const generation = this.generation;
    const promise = this.read()
      .then((revision) => {
        if (generation === this.generation) {
          this.known = { revision, readAt: Date.now() };
          this.lastRead = revision;
        }

        return revision;
      })
      .finally(() => {
        if (this.pending?.promise === promise) this.pending = null;
      });
    this.pending = { generation, promise };

    return promise;
  }

  /**
   * The revision last read, however old: while the database is unreachable, answers cached at it may still be
   * served, marked stale. Null after a local write (its answers are out of date for certain).
   */
  lastKnown(): string | null {
    return this.lastRead;
  }

  /** Call after a write of this process has committed. */
  invalidate(): void {
    this.lastRead = null;
    this.generation++;
    this.known = null;
  }

  private async read(): Promise<string> {
    const rows: { revision: string }[] = await this.dataSource.query(`SELECT "revision"::text AS "revision" FROM "dataset_revision" WHERE "id" = 1`);

    return rows[0]?.revision ?? '0';
  }
}
