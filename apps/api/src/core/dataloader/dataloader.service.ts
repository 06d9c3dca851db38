import { Injectable } from '@nestjs/common';

import DataLoader from 'dataloader';
import { type RegionLevel } from '@gongkai/domain';

import { RegionsService } from '../../regions/regions.service';
import { type RegionRow } from '../../regions/types/region-row.type';
import { ReportsReadService } from '../../reports/reports-read.service';
import { type Loaders } from './types/loaders.type';
import { type RegionChildrenLoaderPayload } from './types/region-children-loader-payload.type';
import { type ReportVersionsLoaderPayload } from './types/report-versions-loader-payload.type';

/**
 * Builds fresh DataLoaders for each GraphQL request (never shared between requests, so no stale data and no
 * leak across viewers). Every nested look-up (Report.region, Report.issuer, Finding.report, Region.parent …)
 * becomes one query per field per request.
 */
@Injectable()
export class DataloaderService {
  constructor(
    private readonly regionsService: RegionsService,
    private readonly reportsReadService: ReportsReadService,
  ) {}

  createLoaders(): Loaders {
    return {
      regionByCode: new DataLoader((codes: readonly string[]) => this.regionsService.findByCodes(codes)),
      regionChildren: new DataLoader<RegionChildrenLoaderPayload, RegionRow[], string>(
        (payloads) => this.loadChildren(payloads),
        { cacheKeyFn: (payload) => `${payload.code}:${payload.level ?? ''}` },
      ),
      regionAliases: new DataLoader((codes: readonly string[]) => this.regionsService.findAliases(codes)),
      reportById: new DataLoader((ids: readonly string[]) => this.reportsReadService.findByIds(ids)),
      issuerById: new DataLoader((ids: readonly string[]) => this.reportsReadService.findIssuers(ids)),
      sourceDocumentById: new DataLoader((ids: readonly string[]) => this.reportsReadService.findSourceDocuments(ids)),
      reportValues: new DataLoader((ids: readonly string[]) => this.reportsReadService.findValues(ids)),
      reportFindings: new DataLoader((ids: readonly string[]) => this.reportsReadService.findFindings(ids)),
      reportFailedRules: new DataLoader((ids: readonly string[]) => this.reportsReadService.findFailedRules(ids)),
      reportRegionChanges: new DataLoader((ids: readonly string[]) => this.reportsReadService.findRegionChanges(ids)),
      reportNarrative: new DataLoader((ids: readonly string[]) => this.reportsReadService.findNarratives(ids)),
      reportVersions: new DataLoader((keys: readonly ReportVersionsLoaderPayload[]) => this.reportsReadService.findVersions(keys), {
        cacheKeyFn: (key) => `${key.issuerId}:${key.year}`,
      }),
    };
  }

  /** One query per distinct level asked for in the batch. */
  private async loadChildren(payloads: readonly RegionChildrenLoaderPayload[]): Promise<RegionRow[][]> {
    const levels = [...new Set(payloads.map((p) => p.level))];
    const results = new Map<string, RegionRow[]>();
    await Promise.all(
      levels.map(async (level: RegionLevel | null) => {
        const codes = [...new Set(payloads.filter((p) => p.level === level).map((p) => p.code))];
        const children = await this.regionsService.findChildren(codes, level);
        codes.forEach((code, i) => results.set(`${code}:${level ?? ''}`, children[i]));
      }),
    );

    return payloads.map((p) => results.get(`${p.code}:${p.level ?? ''}`) ?? []);
  }
}
