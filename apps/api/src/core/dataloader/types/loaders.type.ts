import type DataLoader from 'dataloader';

import { type RegionAliasRow } from '../../../regions/types/region-alias-row.type';
import { type RegionRow } from '../../../regions/types/region-row.type';
import { type FindingRow } from '../../../reports/types/finding-row.type';
import { type IssuerRow } from '../../../reports/types/issuer-row.type';
import { type RegionChangeRow } from '../../../reports/types/region-change-row.type';
import { type ReportNarrativeRow } from '../../../reports/types/report-narrative-row.type';
import { type ReportRow } from '../../../reports/types/report-row.type';
import { type ReportValueRow } from '../../../reports/types/report-value-row.type';
import { type SourceDocumentRow } from '../../../reports/types/source-document-row.type';
import { type RegionChildrenLoaderPayload } from './region-children-loader-payload.type';
import { type ReportVersionsLoaderPayload } from './report-versions-loader-payload.type';

/** The per-request loaders in the GraphQL context (`context.loaders`). Batch results align with keys. */
export type Loaders = {
  regionByCode: DataLoader<string, RegionRow | null>;
  regionChildren: DataLoader<RegionChildrenLoaderPayload, RegionRow[], string>;
  regionAliases: DataLoader<string, RegionAliasRow[]>;
  reportById: DataLoader<string, ReportRow | null>;
  issuerById: DataLoader<string, IssuerRow | null>;
  sourceDocumentById: DataLoader<string, SourceDocumentRow | null>;
  reportValues: DataLoader<string, ReportValueRow[]>;
  reportFindings: DataLoader<string, FindingRow[]>;
  reportFailedRules: DataLoader<string, string[]>;
  reportRegionChanges: DataLoader<string, RegionChangeRow[]>;
  reportNarrative: DataLoader<string, ReportNarrativeRow | null>;
  reportVersions: DataLoader<ReportVersionsLoaderPayload, ReportRow[], string>;
};

/** What resolvers read from the GraphQL context. */
export type LoadersContext = { loaders: Loaders };
