/**
 * Thin aliases over the typed client's generated types (src/gql, from apps/api/schema.gql), named for what the pages
 * pass around. Each is derived from the query that fetches it, so a schema change reaches every page through the
 * compiler; nothing here is written by hand.
 */
import {
  type GetCountyReportsQuery,
  type GetCoverageQuery,
  type GetDatasetInfoQuery,
  type GetFindingsQuery,
  type GetRankingQuery,
  type GetRegionQuery,
  type GetReportQuery,
  type GetSeriesQuery,
  type HeadlineFigureFragment,
  type HeadlineTemplatesFragment,
} from '../../../gql/graphql';

export type {
  Comparison,
  CoverageStatus,
  PointState,
  PublicationStatus,
  ReportQuality,
  ValueState,
} from '../../../gql/graphql';

/** Exact decimal number serialised as a JSON string by the api ("23594197", "0.8125"). */
export type Decimal = SeriesPoint['value'] & string;

export type Series = GetSeriesQuery['series'][number];
export type SeriesPoint = Series['points'][number];
export type RegionRef = Series['region'];
export type RegionDetail = NonNullable<GetRegionQuery['region']>;

export type Ranking = GetRankingQuery['ranking'];
export type RankingEntry = Ranking['entries'][number];

/** A headline aggregate grouped by year, and one grouped by year and template (counts, to see a template break). */
export type AggregateRow = HeadlineFigureFragment;
export type AggregateTemplateRow = HeadlineTemplatesFragment;

export type CoverageEntry = GetCoverageQuery['coverage'][number];
export type SiteCheck = CoverageEntry['evidence'][number];
export type ReportContact = NonNullable<CoverageEntry['contact']>;

export type ReportDetail = NonNullable<GetReportQuery['report']>;
export type Finding = ReportDetail['findings'][number];
export type ReportValue = ReportDetail['values'][number];
export type Provenance = NonNullable<ReportValue['provenance']>;
export type OcrSummary = NonNullable<ReportDetail['ocr']>;
export type PageImage = ReportDetail['pageImages'][number];
export type ReportNarrative = NonNullable<ReportDetail['narrative']>;
export type NarrativeParagraph = ReportNarrative['preamble'][number];

export type FindingsPage = GetFindingsQuery['findings'];
export type FindingWithReport = FindingsPage['edges'][number]['node'];

export type CountyReports = GetCountyReportsQuery['reports'];
export type ReportSummary = CountyReports['edges'][number]['node'];

export type DatasetInfo = GetDatasetInfoQuery['datasetInfo'];
