import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';

import { bumpDatasetRevision, recordAudit } from '@gongkai/database';
import { DataSource } from 'typeorm';

import { RegionScopeService } from '../../auth/region-scope.service';
import { TokensService } from '../../auth/tokens.service';
import { type AuthContext } from '../../auth/types/auth-context.type';
import { auditActorOf } from '../../auth/utils/audit-actor-of.util';
import { type SiteCheckResult } from '../../core/graphql/enums/site-check-result.enum';
import { RegionsService } from '../../regions/regions.service';
import { DatasetRevisionService } from '../../response-cache/dataset-revision.service';
import { SiteCheckException, SiteCheckExceptionCode } from './site-check.exception';

/** The first data year with annual reports: the 条例 took effect on 1 May 2008. */
const FIRST_REPORT_YEAR = 2008;
const MAX_NOTE_LENGTH = 2000;

export type SiteCheckInput = { regionCode: string; year: number; url: string; result: SiteCheckResult; note?: string | null };

/**
 * Records a look at a body's official site (evidence for the coverage). Admins anywhere, editors in their
 * region scope. The write bumps the dataset revision in its transaction, and this process drops its cached
 * answers at once, so no cached coverage outlives the check.
 */
@Injectable()
export class SiteChecksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokensService,
    private readonly regionScopeService: RegionScopeService,
    private readonly regionsService: RegionsService,
    private readonly datasetRevision: DatasetRevisionService,
  ) {}

  async record(input: SiteCheckInput, auth: AuthContext, now: Date = new Date()): Promise<{ id: string; regionCode: string }> {
    const url = validateUrl(input.url);
    validateYear(input.year, now);
    const note = input.note?.trim() ? input.note.trim() : null;
    if (note !== null && note.length > MAX_NOTE_LENGTH) throw new SiteCheckException(SiteCheckExceptionCode.INVALID_NOTE, `note is longer than ${MAX_NOTE_LENGTH} characters`);
    // A former code (米林县 540422) is recorded under the current one (米林市 540481), where coverage reads it.
    const regionCode = await this.regionsService.resolveCode(input.regionCode);
    if (regionCode === null) throw new SiteCheckException(SiteCheckExceptionCode.REGION_NOT_FOUND, `Unknown region code ${input.regionCode}`);
    await this.regionScopeService.assertCanWrite(auth, regionCode);
    const id = randomUUID();
    const checkedBy = await this.tokens.nameOf(auth);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO site_check (id, region_code, year, url, result, note, checked_at, checked_by_token_id, checked_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [id, regionCode, input.year, url, input.result, note, now.toISOString(), auth.tokenId, checkedBy],
      );
      await bumpDatasetRevision(manager);
      await recordAudit({ query: async (text, values) => ({ rows: (await manager.query(text, values)) as unknown[] }) }, auditActorOf(auth), [
        { action: 'site_check_recorded', targetType: 'site_check', targetId: id, regionCode, details: { year: input.year, url, result: input.result, note } },
      ]);
    });
    this.datasetRevision.invalidate();

    return { id, regionCode };
  }
}

function validateUrl(raw: string): string {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new SiteCheckException(SiteCheckExceptionCode.INVALID_URL, `Not a URL: ${JSON.stringify(raw)}`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    throw new SiteCheckException(SiteCheckExceptionCode.INVALID_URL, `Only http and https URLs are accepted, not ${url.protocol}`);
  }

  return url.href;
}

/** A data year's report is published in the next year: a check for the current year or later cannot be about one. */
function validateYear(year: number, now: Date): void {
  const latest = now.getUTCFullYear() - 1;
  if (!Number.isInteger(year) || year < FIRST_REPORT_YEAR || year > latest) {
    throw new SiteCheckException(SiteCheckExceptionCode.INVALID_YEAR, `year must be an integer from ${FIRST_REPORT_YEAR} to ${latest}, not ${year}`);
  }
}
