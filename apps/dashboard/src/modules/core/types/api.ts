import { type Comparability, type RuleMode, type RuleSeverity, type TemplateId } from '@gongkai/domain';

/** Exact decimal number serialised as a JSON string by the api ("23594197", "0.8125"). */
export type Decimal = string;

export type PointState = 'number' | 'blank' | 'na' | 'derived' | 'undefined' | 'missing';
export type ValueState = 'number' | 'blank' | 'na' | 'derived' | 'undefined';
export type CoverageStatus = 'filed' | 'late' | 'missing' | 'failing';
export type PublicationStatus = 'on_time' | 'late' | 'date_unknown' | 'not_collected' | 'confirmed_missing' | 'not_required';
export type ReportQuality = 'passing' | 'failing' | 'needs_review' | 'none';
export type SiteCheck = { url: string; result: 'found' | 'not_found' | 'unreachable'; note: string | null; checkedAt: string; checkedBy: string; source: 'manual' | 'harvest' };
export type ReportContact = { year: number; issuer: string | null; address: string | null; phones: string[] };

export type RegionRef = { code: string; name: string };
export type RegionDetail = RegionRef & {
  level: 'province' | 'prefecture' | 'county';
  parentCode: string | null;
  path: string;
  children: RegionRef[];
};

export type SeriesPoint = {
  year: number;
  reportId: string | null;
  template: TemplateId | null;
  value: Decimal | null;
  state: PointState;
  raw: string | null;
  change: Decimal | null;
  changePct: number | null;
  changePp: number | null;
  comparability: Comparability | null;
  /** The point's report is generated sample data (absent in older fixtures: not sample). */
  sampleData?: boolean;
};

export type Series = { region: RegionRef; metric: { key: string }; points: SeriesPoint[] };

export type RankingEntry = {
  rank: number | null;
  previousRank: number | null;
  region: RegionRef;
  reportId: string | null;
  value: Decimal | null;
  state: PointState;
  previousValue: Decimal | null;
  change: Decimal | null;
  changePct: number | null;
  changePp: number | null;
  comparability: Comparability | null;
  /** The entry's report is generated sample data (absent in older fixtures: not sample). */
  sampleData?: boolean;
};

export type Ranking = {
  metric: { key: string };
  year: number;
  entries: RankingEntry[];
  count: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
};

export type Comparison = 'LIKE_FOR_LIKE' | 'ALL_REPORTS';
export type LikeForLike = { fromYear: number; toYear: number; regionCount: number; excludedRegions: RegionRef[] };
export type AggregateRow = {
  year: number | null;
  template: TemplateId | null;
  value: number | null;
  count: number;
  regionCount?: number;
  undefinedCount?: number;
  likeForLike?: LikeForLike | null;
};

export type CoverageEntry = {
  region: RegionRef;
  year: number;
  /** The truth about publication and quality; `status`, `late` and `failing` are deprecated in the api. */
  publication: PublicationStatus;
  quality: ReportQuality;
  evidence: SiteCheck[];
  contact: ReportContact | null;
  status: CoverageStatus;
  late: boolean;
  failing: boolean;
  report: { id: string } | null;
  publishedOn: string | null;
  deadline: string;
  daysLate: number | null;
  failedRules: string[];
};

export type Finding = {
  id: string;
  rule: string;
  severity: RuleSeverity;
  /** The modes in which the problem fails (one finding per problem). */
  modes: RuleMode[];
  scope: 'report' | 'cross_year';
  cells: string[];
  expected: string;
  actual: string;
  messageZh: string;
  messageEn: string;
};

export type FindingWithReport = Finding & { report: { id: string; year: number; region: RegionRef } };

export type Provenance = { table: string; rowLabel: string; columnLabel: string; tableIndex: number; row: number; col: number; page: number | null };

export type ReportValue = {
  key: string;
  value: Decimal | null;
  state: ValueState;
  raw: string;
  printedUnit: string | null;
  flags: string[];
  provenance: Provenance | null;
  /** Read by OCR (flag ocr): how sure, what was read, the rule that chose. */
  ocr?: { confidence: number; read: string; chosenBy: string | null } | null;
  /** The cell's rectangle on its page, fractions from the top-left: [x0, y0, x1, y1]. */
  box?: number[] | null;
  correction?: { previous: Decimal | null; previousState: ValueState; by: string; at: string; note: string | null } | null;
};

export type OcrSummary = { engine: string; dpi: number; pages: number; threshold: number; meanConfidence: number; lowConfidence: number; ruleChosen: number; msPerPage: number };

export type PageImage = { page: number; width: number; height: number; url: string };

export type ReportSummary = {
  id: string;
  title: string | null;
  year: number;
  template: TemplateId;
  status: 'current' | 'superseded';
  publishedOn: string | null;
  ingestedAt: string;
  sampleData: boolean;
  failedRules: string[];
  issuer: { name: string; kind: string };
  region: RegionRef;
};

export type ReportDetail = ReportSummary & {
  scope: string;
  deadline: string;
  late: boolean | null;
  parserVersion: string;
  source: { id: string; fileName: string; format: string; byteSize: number; downloadUrl: string; convertedBy: string | null };
  values: ReportValue[];
  needsReview?: boolean;
  reviewReasons?: string[];
  correctsReportId?: string | null;
  ocr?: OcrSummary | null;
  pageImages?: PageImage[];
  findings: Finding[];
  versions: Array<{ id: string; status: 'current' | 'superseded'; ingestedAt: string; parserVersion: string; correctsReportId?: string | null; source: { fileName: string } }>;
  /** 发布后修改: harvested from an address that had given an earlier version (optional in fixtures). */
  republication?: {
    previousReportId: string;
    url: string;
    detectedAt: string;
    changes: Array<{ metricKey: string; before: string | null; beforeState: string | null; after: string | null; afterState: string | null }>;
  } | null;
  /** The report's text section by section; null when stored before the parser kept it (optional in fixtures). */
  narrative?: ReportNarrative | null;
  /** Recorded re-assignments of the report's region (optional in fixtures). */
  regionChanges?: Array<{ id: string; fromRegion: RegionRef; toRegion: RegionRef; reason: string; changedBy: string; changedAt: string }>;
};

export type NarrativeParagraph = { text: string; start: number; end: number; page: number | null };
export type ReportNarrative = { parserVersion: string; truncated: boolean; preamble: NarrativeParagraph[]; sections: Array<{ numeral: string; heading: string; paragraphs: NarrativeParagraph[] }> };

export type DatasetInfo = {
  reportCount: number;
  sampleReportCount: number;
  yearMin: number | null;
  yearMax: number | null;
  lastIngestedAt: string | null;
};

export type Connection<T> = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: T }> };
