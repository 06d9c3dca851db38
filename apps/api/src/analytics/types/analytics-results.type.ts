import { type Comparability, type IssuerKind, type Metric, type TemplateId } from '@gongkai/domain';

import { type CoverageStatus } from '../../core/graphql/enums/coverage-status.enum';
import { type PointState } from '../../core/graphql/enums/point-state.enum';
import { type PublicationStatus } from '../../core/graphql/enums/publication-status.enum';
import { type ReportQuality } from '../../core/graphql/enums/report-quality.enum';
import { type SiteCheckResult } from '../../core/graphql/enums/site-check-result.enum';
import { type SiteCheckSource } from '../../core/graphql/enums/site-check-source.enum';
import { type RegionRow } from '../../regions/types/region-row.type';

export type YearOverYearFields = { change: string | null; changePct: number | null; changePp: number | null; comparability: Comparability | null };

export type SeriesPointResult = YearOverYearFields & {
  year: number;
  reportId: string | null;
  template: TemplateId | null;
  value: string | null;
  state: PointState;
  raw: string | null;
};

export type SeriesResult = { metric: Metric; series: { region: RegionRow; points: SeriesPointResult[] }[] };

export type RankingEntryResult = YearOverYearFields & {
  region: RegionRow;
  rank: number | null;
  previousRank: number | null;
  reportId: string | null;
  value: string | null;
  state: PointState;
  previousValue: string | null;
};

export type RankingResult = {
  metric: Metric;
  year: number;
  entries: RankingEntryResult[];
  count: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
};

export type AggregateResultRow = {
  region: RegionRow | null;
  year: number | null;
  template: TemplateId | null;
  issuerKind: IssuerKind | null;
  value: number | null;
  count: number;
};

export type SiteCheckRow = {
  id: string;
  regionCode: string;
  year: number;
  url: string;
  result: SiteCheckResult;
  note: string | null;
  checkedAt: string;
  checkedBy: string;
  source: SiteCheckSource;
};

export type ReportContactRow = { reportId: string; year: number; issuer: string | null; address: string | null; phones: string[] };

export type CoverageResultRow = {
  region: RegionRow;
  year: number;
  reportId: string | null;
  publication: PublicationStatus;
  quality: ReportQuality;
  /** Newest first; empty unless asked for (the status reads the checks either way). */
  evidence: SiteCheckRow[];
  contact: ReportContactRow | null;
  status: CoverageStatus;
  late: boolean;
  failing: boolean;
  publishedOn: string | null;
  deadline: string;
  daysLate: number | null;
  failedRules: string[];
};
