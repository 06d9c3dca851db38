/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A kind of write recorded in the audit trail. */
export type AuditAction =
  /** harvest run started */
  | 'harvest_run_started'
  /** harvest site removed */
  | 'harvest_site_removed'
  /** harvest sites imported */
  | 'harvest_sites_imported'
  /** report values corrected (a new version) */
  | 'report_corrected'
  /** report deleted */
  | 'report_deleted'
  /** report ingested */
  | 'report_ingested'
  /** report moved to another region */
  | 'report_region_reassigned'
  /** report re-parsed with a newer parser */
  | 'report_reparsed'
  /** report superseded by a new version */
  | 'report_superseded'
  /** sample data removed */
  | 'sample_data_removed'
  /** site check recorded */
  | 'site_check_recorded'
  /** token created */
  | 'token_created'
  /** token revoked */
  | 'token_revoked';

/** How a step between two years compares (spec §9.6): a break is never joined. */
export type Comparability =
  /** Harmonised metric that changed its definition slightly at 2020→2021 (本年新制作数量 → 本年制发件数) */
  | 'approximate'
  /** Not comparable: the metric is not in both templates, or a report is non-standard; no change is given */
  | 'break'
  /** Same template, or a metric that continues unchanged */
  | 'same';

/** Which reports a figure compared across years is computed over. LIKE_FOR_LIKE = only the regions with a known value in both years of each step (同口径); ALL_REPORTS = every current report of each year. */
export type Comparison =
  /** Every current report of each year, whatever the other year holds (the sets of regions may differ) */
  | 'ALL_REPORTS'
  /** Per year step (y-1 → y): only regions with a known value in both years; the others are named in likeForLike.excludedRegions */
  | 'LIKE_FOR_LIKE';

/** The worst applies: missing > failing > late > filed. */
export type CoverageStatus =
  /** A report is held and fails a strict ERROR rule */
  | 'failing'
  /** A report is held and passes its checks (deprecated meaning: also a report without a date) */
  | 'filed'
  /** A report is held and was published after the deadline */
  | 'late'
  /** No report is held in this database (which is not proof it was not published) */
  | 'missing';

/** Filters of findings, combined with AND. */
export type FindingFilter = {
  /** Findings failing in this mode (among others) */
  mode?: RuleMode | null | undefined;
  /** Whole subtree of this region */
  regionCode?: string | null | undefined;
  /** Rule id, e.g. T3_BALANCE */
  rule?: string | null | undefined;
  /** Only findings of this severity */
  severity?: Severity | null | undefined;
  /** First data year, inclusive */
  yearFrom?: number | null | undefined;
  /** Last data year, inclusive */
  yearTo?: number | null | undefined;
};

/** The kind of body that published a report. */
export type IssuerKind =
  /** A department of a government (局, 委员会 …); its deadline is 31 January */
  | 'department'
  /** A people's government (县人民政府 …) */
  | 'gov'
  /** A government's general office (政府办公室), reporting for the government */
  | 'gov_office'
  /** A public institution (事业单位); its deadline is 31 January */
  | 'institution'
  /** Any other body */
  | 'other'
  /** A township or street office (乡镇、街道) */
  | 'township'
  /** A zone administration (开发区、实验区管委会) that governs a region */
  | 'zone';

/** Like ValueState, plus missing = no current report for that region and year. */
export type PointState =
  /** The cell was empty: unknown, value null */
  | 'blank'
  /** Computed by us from printed cells */
  | 'derived'
  /** No current report for that region and year */
  | 'missing'
  /** "/" or no such cell in the report: value null */
  | 'na'
  /** A number printed in the report (0 included) */
  | 'number'
  /** A rate whose denominator is a printed 0: nothing to divide, value null */
  | 'undefined';

/** What is known about the publication of a region-year report. A held report decides (on_time, late, date_unknown when it states no date); without one: not_required (the region did not exist that year), confirmed_missing (the newest conclusive site check after the deadline found none), else not_collected. */
export type PublicationStatus =
  /** No report is held and the newest conclusive check of the body's site, made after the deadline, found none */
  | 'confirmed_missing'
  /** A report is held but states no publication date: never counted as on time */
  | 'date_unknown'
  /** A report is held, published after the deadline (see daysLate) */
  | 'late'
  /** No report is held and no check says it is missing */
  | 'not_collected'
  /** The region did not exist in that year (region catalogue) */
  | 'not_required'
  /** A report is held, published on or before the statutory deadline */
  | 'on_time';

/** Administrative level of GB/T 2260. */
export type RegionLevel =
  /** County level (县、区、县级市、旗 …) */
  | 'county'
  /** Prefecture level (地级市、地区、自治州、盟) */
  | 'prefecture'
  /** Province level (省、自治区、直辖市) */
  | 'province';

/** Filters of reports, combined with AND. */
export type ReportFilter = {
  /** Only reports with (true) or without (false) failed rules */
  hasFailedRules?: boolean | null | undefined;
  /** Part of the issuer's name (e.g. 林芝 or 人民政府), matched literally; at most 100 characters */
  issuer?: string | null | undefined;
  /** Only reports of this kind of body */
  issuerKind?: IssuerKind | null | undefined;
  /** Only reports of this quality (as Report.quality and the coverage grid: needs_review if the parser flagged it, else failing if a rule fails, else passing); none matches nothing */
  quality?: ReportQuality | null | undefined;
  /** Whole subtree of this region (current or historical code) */
  regionCode?: string | null | undefined;
  /** Default current */
  status?: ReportStatus | null | undefined;
  /** Only reports of this template */
  template?: TemplateVersion | null | undefined;
  /** First data year, inclusive */
  yearFrom?: number | null | undefined;
  /** Last data year, inclusive */
  yearTo?: number | null | undefined;
};

/** The order of a reports list (each stable, ties broken by id, so pages never overlap or skip). */
export type ReportOrder =
  /** Fewest findings (as Report.findingCount) first, then id */
  | 'findings_asc'
  /** Most findings (every severity, as Report.findingCount) first, then id */
  | 'findings_desc'
  /** Earliest stored first, then id */
  | 'ingested_asc'
  /** Most recently stored first, then id: what came in last, for administrators */
  | 'ingested_desc'
  /** Issuer's name ascending by Unicode code point, then id */
  | 'issuer_asc'
  /** Issuer's name descending by Unicode code point, then id */
  | 'issuer_desc'
  /** Best quality first (passing, failing, needs_review, as Report.quality), then id */
  | 'quality_asc'
  /** Worst quality first (needs_review, failing, passing, as Report.quality), then id */
  | 'quality_desc'
  /** Data year ascending, then region code, then id */
  | 'year_asc'
  /** Data year descending, then region code, then id (the default) */
  | 'year_desc';

/** The checks of the held report: none (no report) > needs_review (the parser could not read it completely) > failing > passing. */
export type ReportQuality =
  /** At least one rule fails (see failedRules) */
  | 'failing'
  /** The parser flagged the report (a template cell not found, a row it could not place or match): its checks cannot be trusted until a person looks */
  | 'needs_review'
  /** No report is held */
  | 'none'
  /** Every check passes */
  | 'passing';

/** Whether a report covers the body alone or an aggregate of its units (spec D20). */
export type ReportScope =
  /** The body and its subordinate units together (全县汇总 …) */
  | 'aggregate'
  /** The body alone */
  | 'self'
  /** The report does not say */
  | 'unknown';

/** Whether a report is the standing one for its issuer and year. */
export type ReportStatus =
  /** The standing report of its issuer and year (analytics read only these) */
  | 'current'
  /** Replaced by a corrected document of the same issuer and year; still queryable */
  | 'superseded';

/** What a token may do. */
export type Role =
  /** Everything, including tokens and removing sample data */
  | 'admin'
  /** Upload, delete and fix reports within its region subtree */
  | 'editor'
  /** Read only (where reads need a token) */
  | 'viewer';

/** How blank applicant cells are read by the consistency rules. */
export type RuleMode =
  /** Blank cells are read as 0 */
  | 'lenient'
  /** A rule fails only when every operand is printed */
  | 'strict';

/** What a rule looks at. */
export type RuleScope =
  /** A report and the same issuer's report of the year before */
  | 'cross_year'
  /** One report on its own */
  | 'report';

/** How serious a failed rule is. */
export type Severity =
  /** The report does not add up (counts in failedRules in strict mode) */
  | 'ERROR'
  /** Worth knowing, not a fault */
  | 'INFO'
  /** Suspicious, to be looked at */
  | 'WARN';

/** What a look at the body's official site found. */
export type SiteCheckResult =
  /** The report of that year is on the site */
  | 'found'
  /** The site has no report of that year */
  | 'not_found'
  /** The site could not be reached: tells nothing about the report */
  | 'unreachable';

/** manual: recorded by recordSiteCheck; harvest: a result of the harvester (harvest_result) for the region and year. */
export type SiteCheckSource =
  /** A result of a harvest run */
  | 'harvest'
  /** Recorded by a person (recordSiteCheck) */
  | 'manual';

/** Report template: gb2019, gb2021 or nonstandard. */
export type TemplateVersion =
  /** The 2019 national template (reports for 2019–2020) */
  | 'gb2019'
  /** The 2021 national template (reports since 2021) */
  | 'gb2021'
  /** A layout that follows neither template */
  | 'nonstandard';

/** One corrected value: a non-negative decimal (value), or state blank / na */
export type ValueCorrectionInput = {
  /** Metric key of a printed (not derived) value of the report */
  key: string;
  /** number (default), blank (the cell is empty) or na (printed “/”) */
  state?: string | null | undefined;
  /** The right value as a decimal in the unit the value is stored in (money in 元); required for state number */
  value?: string | null | undefined;
};

/** number = printed number, blank = empty cell, na = "/" or not applicable, derived = computed by us, undefined = a rate whose denominator is 0 (无法计算（分母为 0）): not a gap, nothing to divide. */
export type ValueState =
  /** The cell was empty: unknown, value null */
  | 'blank'
  /** Computed by us from printed cells (formula in raw, inputs in derivedFrom) */
  | 'derived'
  /** "/" or no such cell in the report: value null */
  | 'na'
  /** A number printed in the report (0 included) */
  | 'number'
  /** A rate whose denominator is a printed 0: nothing to divide, value null */
  | 'undefined';

export type CreateApiTokenMutationVariables = Exact<{
  role: Role;
  regionCode?: string | null | undefined;
  name?: string | null | undefined;
}>;


export type CreateApiTokenMutation = { createApiToken: { secret: string, token: { id: string, name: string, role: Role, regionCode: string | null } } };

export type DeleteReportMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteReportMutation = { deleteReport: boolean };

export type ReassignReportRegionMutationVariables = Exact<{
  reportId: string | number;
  regionCode: string;
  reason: string;
}>;


export type ReassignReportRegionMutation = { reassignReportRegion: { toRegion: { code: string, name: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: boolean };

export type GetApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type GetApiTokensQuery = { apiTokens: Array<{ id: string, name: string, role: Role, regionCode: string | null, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type GetStoredReportsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  where?: ReportFilter | null | undefined;
  orderBy?: ReportOrder | null | undefined;
}>;


export type GetStoredReportsQuery = { reports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, year: number, template: TemplateVersion, status: ReportStatus, sampleData: boolean, ingestedAt: string, failedRules: Array<string>, findingCount: number, quality: ReportQuality, issuer: { name: string, kind: IssuerKind }, region: { code: string, name: string, path: string }, source: { fileName: string, downloadUrl: string } } }> } };

export type GetViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type GetViewerQuery = { viewer: { authenticated: boolean, role: Role | null, regionCode: string | null } };

export type GetAssessmentQueryVariables = Exact<{
  parentCode: string;
  year: number;
}>;


export type GetAssessmentQuery = { assessment: { parentCode: string, parentName: string, year: number, assessed: number, missing: number, meanScore: number | null, scheme: { id: string, version: string, labelZh: string, labelEn: string, weightsRegionCode: string | null, weightsSavedAt: string | null, indicators: Array<{ id: string, labelZh: string, labelEn: string, weight: number }> }, bodies: Array<{ issuerId: string, issuerName: string, regionCode: string, regionName: string, reportId: string | null, score: number | null, rank: number | null, previousScore: number | null, previousYear: number | null, change: number | null, mainProblems: Array<string>, sampleData: boolean, indicators: Array<{ id: string, labelZh: string, labelEn: string, weight: number, score: number | null, cost: number, flagZh: string | null, flagEn: string | null, measure: number | null, evidence: Array<{ kind: string, messageZh: string, messageEn: string, points: number, cells: Array<string>, quote: string | null, previousQuote: string | null, section: string | null, start: number | null, end: number | null }> }> }> } };

export type GetReportAssessmentQueryVariables = Exact<{
  reportId: string | number;
}>;


export type GetReportAssessmentQuery = { reportAssessment: { reportId: string, score: number | null, previousYear: number | null, scheme: { id: string, version: string }, indicators: Array<{ id: string, labelZh: string, labelEn: string, weight: number, score: number | null, flagZh: string | null, flagEn: string | null }> } };

export type GetAuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type GetAuditLogQuery = { auditLog: { totalCount: number, edges: Array<{ node: { id: string, occurredAt: string, action: AuditAction, actor: string, actorRole: string | null, clientAddress: string | null, requestId: string | null, targetType: string, targetId: string | null, regionCode: string | null } }> } };

export type GetBoardQueryVariables = Exact<{
  parentCode: string;
  yearFrom: number;
  yearTo: number;
}>;


export type GetBoardQuery = { board: { yearFrom: number, yearTo: number, level: RegionLevel, countyCount: number, parent: { code: string, name: string }, regions: Array<{ code: string, name: string }>, families: Array<{ id: string, labelZh: string, labelEn: string, templateNoteZh: string | null, templateNoteEn: string | null, metrics: Array<{ yearsFrom: number | null, yearsTo: number | null, rankYear: number | null, metric: { key: string }, totals: Array<{ year: number, value: string | null, state: PointState, regionCount: number, regionTotal: number, median: string | null, change: string | null, changePct: number | null, changePp: number | null, comparability: Comparability | null, sampleData: boolean, likeForLike: { fromYear: number, toYear: number, regionCount: number, value: string | null, previousValue: string | null, excludedRegions: Array<{ code: string, name: string }> } | null }>, counties: Array<{ region: { code: string, name: string }, points: Array<{ year: number, reportId: string | null, template: TemplateVersion | null, value: string | null, state: PointState, change: string | null, changePct: number | null, changePp: number | null, comparability: Comparability | null, sampleData: boolean, rank: number | null, previousRank: number | null, rankChange: number | null, memberCount: number | null, memberTotal: number | null }> }>, ranking: Array<{ rank: number | null, previousRank: number | null, rankChange: number | null, value: string | null, state: PointState, comparability: Comparability | null, sampleData: boolean, region: { code: string, name: string } }> }>, compositions: Array<{ id: string, labelZh: string, labelEn: string, parts: Array<{ key: string }>, years: Array<{ year: number, regionCount: number, regionTotal: number, total: string | null, sampleData: boolean, shares: Array<{ metricKey: string, value: string | null, share: number | null }> }> }> }> } };

export type GetMedianSeriesQueryVariables = Exact<{
  metric: string;
  parentCode: string;
  yearFrom: number;
  yearTo: number;
}>;


export type GetMedianSeriesQuery = { aggregate: Array<{ year: number | null, value: number | null, count: number, undefinedCount: number }> };

export type GetDatasetInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type GetDatasetInfoQuery = { datasetInfo: { reportCount: number, sampleReportCount: number, yearMin: number | null, yearMax: number | null, lastIngestedAt: string | null }, reports: { edges: Array<{ node: { id: string, year: number, region: { code: string, level: RegionLevel, parentCode: string | null } } }> } };

export type GetPrefecturesQueryVariables = Exact<{ [key: string]: never; }>;


export type GetPrefecturesQuery = { regions: Array<{ code: string, name: string, path: string }> };

export type GetRegionQueryVariables = Exact<{
  code: string;
}>;


export type GetRegionQuery = { region: { code: string, name: string, level: RegionLevel, parentCode: string | null, path: string, children: Array<{ code: string, name: string }> } | null };

export type GetSeriesQueryVariables = Exact<{
  metric: string;
  regionCodes?: Array<string> | string | null | undefined;
  parentCode?: string | null | undefined;
  yearFrom: number;
  yearTo: number;
}>;


export type GetSeriesQuery = { series: Array<{ region: { code: string, name: string }, metric: { key: string }, points: Array<{ year: number, reportId: string | null, template: TemplateVersion | null, value: string | null, state: PointState, raw: string | null, change: string | null, changePct: number | null, changePp: number | null, comparability: Comparability | null, sampleData: boolean }> }> };

export type GetCountyQualityQueryVariables = Exact<{
  parentCode: string;
  yearFrom: number;
  yearTo: number;
}>;


export type GetCountyQualityQuery = { coverage: Array<{ year: number, publication: PublicationStatus, quality: ReportQuality, publishedOn: string | null, deadline: string, daysLate: number | null, failedRules: Array<string>, region: { code: string }, report: { id: string, sampleData: boolean, versions: Array<{ id: string }> } | null }> };

export type GetCountyReportsQueryVariables = Exact<{
  where?: ReportFilter | null | undefined;
}>;


export type GetCountyReportsQuery = { reports: { totalCount: number, edges: Array<{ node: { id: string, title: string | null, year: number, template: TemplateVersion, status: ReportStatus, publishedOn: string | null, ingestedAt: string, sampleData: boolean, failedRules: Array<string>, issuer: { name: string, kind: IssuerKind }, region: { code: string, name: string } } }> } };

export type GetCountyValuesQueryVariables = Exact<{
  where?: ReportFilter | null | undefined;
}>;


export type GetCountyValuesQuery = { reports: { edges: Array<{ node: { id: string, year: number, template: TemplateVersion, sampleData: boolean, region: { code: string, name: string }, issuer: { name: string, kind: IssuerKind }, values: Array<{ key: string, value: string | null, state: ValueState, raw: string }> } }> } };

export type HarvestSiteFieldsFragment = { id: string, regionCode: string, regionName: string | null, url: string, issuer: string | null, year: number, lastResult: SiteCheckResult | null, lastCheckedAt: string | null, lastUrl: string | null, lastNote: string | null, lastReportId: string | null, scheduled: boolean, nextCheckAt: string | null };

export type HarvestRunFieldsFragment = { id: string, year: number, status: string, requestedBy: string, startedAt: string, finishedAt: string | null, siteCount: number, pending: number, found: number, notFound: number, unreachable: number };

export type HarvestQueryVariables = Exact<{
  parentCode: string;
  year: number;
}>;


export type HarvestQuery = { harvestSites: Array<{ id: string, regionCode: string, regionName: string | null, url: string, issuer: string | null, year: number, lastResult: SiteCheckResult | null, lastCheckedAt: string | null, lastUrl: string | null, lastNote: string | null, lastReportId: string | null, scheduled: boolean, nextCheckAt: string | null }>, harvestRuns: Array<{ id: string, year: number, status: string, requestedBy: string, startedAt: string, finishedAt: string | null, siteCount: number, pending: number, found: number, notFound: number, unreachable: number }> };

export type ImportHarvestSitesMutationVariables = Exact<{
  csv: string;
}>;


export type ImportHarvestSitesMutation = { importHarvestSites: { saved: number } };

export type StartHarvestMutationVariables = Exact<{
  parentCode: string;
  year: number;
}>;


export type StartHarvestMutation = { startHarvest: { id: string, year: number, status: string, requestedBy: string, startedAt: string, finishedAt: string | null, siteCount: number, pending: number, found: number, notFound: number, unreachable: number } };

export type RemoveHarvestSiteMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveHarvestSiteMutation = { removeHarvestSite: boolean };

export type HeadlineFigureFragment = { year: number | null, value: number | null, count: number, regionCount: number, undefinedCount: number, likeForLike: { fromYear: number, toYear: number, regionCount: number, excludedRegions: Array<{ code: string, name: string }> } | null };

export type HeadlineTemplatesFragment = { year: number | null, template: TemplateVersion | null, value: number | null, count: number };

export type GetHeadlineQueryVariables = Exact<{
  parentCode: string;
  yearFrom: number;
  yearTo: number;
  comparison: Comparison;
}>;


export type GetHeadlineQuery = { requests: Array<{ year: number | null, value: number | null, count: number, regionCount: number, undefinedCount: number, likeForLike: { fromYear: number, toYear: number, regionCount: number, excludedRegions: Array<{ code: string, name: string }> } | null }>, requestsTemplates: Array<{ year: number | null, template: TemplateVersion | null, value: number | null, count: number }>, disclosed: Array<{ year: number | null, value: number | null, count: number, regionCount: number, undefinedCount: number, likeForLike: { fromYear: number, toYear: number, regionCount: number, excludedRegions: Array<{ code: string, name: string }> } | null }>, disclosedTemplates: Array<{ year: number | null, template: TemplateVersion | null, value: number | null, count: number }>, license: Array<{ year: number | null, value: number | null, count: number, regionCount: number, undefinedCount: number, likeForLike: { fromYear: number, toYear: number, regionCount: number, excludedRegions: Array<{ code: string, name: string }> } | null }>, licenseTemplates: Array<{ year: number | null, template: TemplateVersion | null, value: number | null, count: number }>, penalty: Array<{ year: number | null, value: number | null, count: number, regionCount: number, undefinedCount: number, likeForLike: { fromYear: number, toYear: number, regionCount: number, excludedRegions: Array<{ code: string, name: string }> } | null }>, penaltyTemplates: Array<{ year: number | null, template: TemplateVersion | null, value: number | null, count: number }>, procurement: Array<{ year: number | null, value: number | null, count: number, regionCount: number, undefinedCount: number, likeForLike: { fromYear: number, toYear: number, regionCount: number, excludedRegions: Array<{ code: string, name: string }> } | null }>, procurementTemplates: Array<{ year: number | null, template: TemplateVersion | null, value: number | null, count: number }>, reviewCorrected: Array<{ year: number | null, value: number | null, count: number, regionCount: number, undefinedCount: number, likeForLike: { fromYear: number, toYear: number, regionCount: number, excludedRegions: Array<{ code: string, name: string }> } | null }>, reviewCorrectedTemplates: Array<{ year: number | null, template: TemplateVersion | null, value: number | null, count: number }> };

export type GetRankingQueryVariables = Exact<{
  metric: string;
  year: number;
  parentCode?: string | null | undefined;
}>;


export type GetRankingQuery = { ranking: { year: number, count: number, median: number | null, q1: number | null, q3: number | null, metric: { key: string }, entries: Array<{ rank: number | null, previousRank: number | null, reportId: string | null, value: string | null, state: PointState, previousValue: string | null, change: string | null, changePct: number | null, changePp: number | null, comparability: Comparability | null, sampleData: boolean, region: { code: string, name: string } }> } };

export type GetCoverageQueryVariables = Exact<{
  parentCode: string;
  yearFrom: number;
  yearTo: number;
}>;


export type GetCoverageQuery = { coverage: Array<{ year: number, publication: PublicationStatus, quality: ReportQuality, status: CoverageStatus, late: boolean, failing: boolean, publishedOn: string | null, deadline: string, daysLate: number | null, failedRules: Array<string>, region: { code: string, name: string }, evidence: Array<{ url: string, result: SiteCheckResult, note: string | null, checkedAt: string, checkedBy: string, source: SiteCheckSource }>, contact: { year: number, issuer: string | null, address: string | null, phones: Array<string> } | null, report: { id: string } | null }> };

export type GetFindingsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: FindingFilter | null | undefined;
}>;


export type GetFindingsQuery = { findings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, rule: string, severity: Severity, modes: Array<RuleMode>, scope: RuleScope, cells: Array<string>, expected: string, actual: string, messageZh: string, messageEn: string, report: { id: string, year: number, region: { code: string, name: string } } } }> } };

export type CorrectReportValuesMutationVariables = Exact<{
  reportId: string | number;
  corrections: Array<ValueCorrectionInput> | ValueCorrectionInput;
  note?: string | null | undefined;
}>;


export type CorrectReportValuesMutation = { correctReportValues: { id: string, status: ReportStatus, needsReview: boolean, correctsReportId: string | null } };

export type GetReportQueryVariables = Exact<{
  id: string | number;
}>;


export type GetReportQuery = { report: { id: string, title: string | null, year: number, template: TemplateVersion, scope: ReportScope, status: ReportStatus, publishedOn: string | null, deadline: string, late: boolean | null, sampleData: boolean, parserVersion: string, ingestedAt: string, failedRules: Array<string>, needsReview: boolean, reviewReasons: Array<string>, correctsReportId: string | null, ocr: { engine: string, dpi: number, pages: number, threshold: number, meanConfidence: number, lowConfidence: number, ruleChosen: number, msPerPage: number } | null, pageImages: Array<{ page: number, width: number, height: number, url: string }>, issuer: { name: string, kind: IssuerKind }, region: { code: string, name: string }, source: { id: string, fileName: string, format: string, byteSize: number, downloadUrl: string, convertedBy: string | null }, values: Array<{ key: string, value: string | null, state: ValueState, raw: string, printedUnit: string | null, flags: Array<string>, box: Array<number> | null, provenance: { table: string, rowLabel: string, columnLabel: string, tableIndex: number, row: number, col: number, page: number | null } | null, ocr: { confidence: number, read: string, chosenBy: string | null } | null, correction: { previous: string | null, previousState: ValueState, by: string, at: string, note: string | null } | null }>, findings: Array<{ id: string, rule: string, severity: Severity, modes: Array<RuleMode>, scope: RuleScope, cells: Array<string>, expected: string, actual: string, messageZh: string, messageEn: string }>, versions: Array<{ id: string, status: ReportStatus, ingestedAt: string, parserVersion: string, correctsReportId: string | null, source: { fileName: string } }>, republication: { previousReportId: string, url: string, detectedAt: string, changes: Array<{ metricKey: string, before: string | null, beforeState: string | null, after: string | null, afterState: string | null }> } | null, regionChanges: Array<{ id: string, reason: string, changedBy: string, changedAt: string, fromRegion: { code: string, name: string }, toRegion: { code: string, name: string } }>, narrative: { parserVersion: string, truncated: boolean, preamble: Array<{ text: string, start: number, end: number, page: number | null }>, sections: Array<{ numeral: string, heading: string, paragraphs: Array<{ text: string, start: number, end: number, page: number | null }> }> } | null } | null };

export type GetUploadViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type GetUploadViewerQuery = { viewer: { role: Role | null } };

export type RemoveSampleDataMutationVariables = Exact<{ [key: string]: never; }>;


export type RemoveSampleDataMutation = { removeSampleData: number };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const HarvestSiteFieldsFragmentDoc = new TypedDocumentString(`
    fragment HarvestSiteFields on HarvestSite {
  id
  regionCode
  regionName
  url
  issuer
  year
  lastResult
  lastCheckedAt
  lastUrl
  lastNote
  lastReportId
  scheduled
  nextCheckAt
}
    `, {"fragmentName":"HarvestSiteFields"}) as unknown as TypedDocumentString<HarvestSiteFieldsFragment, unknown>;
export const HarvestRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment HarvestRunFields on HarvestRun {
  id
  year
  status
  requestedBy
  startedAt
  finishedAt
  siteCount
  pending
  found
  notFound
  unreachable
}
    `, {"fragmentName":"HarvestRunFields"}) as unknown as TypedDocumentString<HarvestRunFieldsFragment, unknown>;
export const HeadlineFigureFragmentDoc = new TypedDocumentString(`
    fragment HeadlineFigure on AggregateRow {
  year
  value
  count
  regionCount
  undefinedCount
  likeForLike {
    fromYear
    toYear
    regionCount
    excludedRegions {
      code
      name
    }
  }
}
    `, {"fragmentName":"HeadlineFigure"}) as unknown as TypedDocumentString<HeadlineFigureFragment, unknown>;
export const HeadlineTemplatesFragmentDoc = new TypedDocumentString(`
    fragment HeadlineTemplates on AggregateRow {
  year
  template
  value
  count
}
    `, {"fragmentName":"HeadlineTemplates"}) as unknown as TypedDocumentString<HeadlineTemplatesFragment, unknown>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($role: Role!, $regionCode: String, $name: String) {
  createApiToken(role: $role, regionCode: $regionCode, name: $name) {
    secret
    token {
      id
      name
      role
      regionCode
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const DeleteReportDocument = new TypedDocumentString(`
    mutation DeleteReport($id: ID!) {
  deleteReport(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteReportMutation, DeleteReportMutationVariables>;
export const ReassignReportRegionDocument = new TypedDocumentString(`
    mutation ReassignReportRegion($reportId: ID!, $regionCode: String!, $reason: String!) {
  reassignReportRegion(
    reportId: $reportId
    regionCode: $regionCode
    reason: $reason
  ) {
    toRegion {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ReassignReportRegionMutation, ReassignReportRegionMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: ID!) {
  revokeApiToken(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const GetApiTokensDocument = new TypedDocumentString(`
    query GetApiTokens {
  apiTokens {
    id
    name
    role
    regionCode
    createdAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<GetApiTokensQuery, GetApiTokensQueryVariables>;
export const GetStoredReportsDocument = new TypedDocumentString(`
    query GetStoredReports($first: Int, $after: String, $where: ReportFilter, $orderBy: ReportOrder) {
  reports(first: $first, after: $after, where: $where, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        year
        template
        status
        sampleData
        ingestedAt
        failedRules
        findingCount
        quality
        issuer {
          name
          kind
        }
        region {
          code
          name
          path
        }
        source {
          fileName
          downloadUrl
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GetStoredReportsQuery, GetStoredReportsQueryVariables>;
export const GetViewerDocument = new TypedDocumentString(`
    query GetViewer {
  viewer {
    authenticated
    role
    regionCode
  }
}
    `) as unknown as TypedDocumentString<GetViewerQuery, GetViewerQueryVariables>;
export const GetAssessmentDocument = new TypedDocumentString(`
    query GetAssessment($parentCode: String!, $year: Int!) {
  assessment(parentCode: $parentCode, year: $year) {
    parentCode
    parentName
    year
    assessed
    missing
    meanScore
    scheme {
      id
      version
      labelZh
      labelEn
      weightsRegionCode
      weightsSavedAt
      indicators {
        id
        labelZh
        labelEn
        weight
      }
    }
    bodies {
      issuerId
      issuerName
      regionCode
      regionName
      reportId
      score
      rank
      previousScore
      previousYear
      change
      mainProblems
      sampleData
      indicators {
        id
        labelZh
        labelEn
        weight
        score
        cost
        flagZh
        flagEn
        measure
        evidence {
          kind
          messageZh
          messageEn
          points
          cells
          quote
          previousQuote
          section
          start
          end
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GetAssessmentQuery, GetAssessmentQueryVariables>;
export const GetReportAssessmentDocument = new TypedDocumentString(`
    query GetReportAssessment($reportId: ID!) {
  reportAssessment(reportId: $reportId) {
    reportId
    score
    previousYear
    scheme {
      id
      version
    }
    indicators {
      id
      labelZh
      labelEn
      weight
      score
      flagZh
      flagEn
    }
  }
}
    `) as unknown as TypedDocumentString<GetReportAssessmentQuery, GetReportAssessmentQueryVariables>;
export const GetAuditLogDocument = new TypedDocumentString(`
    query GetAuditLog($first: Int) {
  auditLog(first: $first) {
    totalCount
    edges {
      node {
        id
        occurredAt
        action
        actor
        actorRole
        clientAddress
        requestId
        targetType
        targetId
        regionCode
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GetAuditLogQuery, GetAuditLogQueryVariables>;
export const GetBoardDocument = new TypedDocumentString(`
    query GetBoard($parentCode: String!, $yearFrom: Int!, $yearTo: Int!) {
  board(parentCode: $parentCode, yearFrom: $yearFrom, yearTo: $yearTo) {
    parent {
      code
      name
    }
    yearFrom
    yearTo
    level
    countyCount
    regions {
      code
      name
    }
    families {
      id
      labelZh
      labelEn
      templateNoteZh
      templateNoteEn
      metrics {
        metric {
          key
        }
        yearsFrom
        yearsTo
        rankYear
        totals {
          year
          value
          state
          regionCount
          regionTotal
          median
          change
          changePct
          changePp
          comparability
          sampleData
          likeForLike {
            fromYear
            toYear
            regionCount
            excludedRegions {
              code
              name
            }
            value
            previousValue
          }
        }
        counties {
          region {
            code
            name
          }
          points {
            year
            reportId
            template
            value
            state
            change
            changePct
            changePp
            comparability
            sampleData
            rank
            previousRank
            rankChange
            memberCount
            memberTotal
          }
        }
        ranking {
          region {
            code
            name
          }
          rank
          previousRank
          rankChange
          value
          state
          comparability
          sampleData
        }
      }
      compositions {
        id
        labelZh
        labelEn
        parts {
          key
        }
        years {
          year
          regionCount
          regionTotal
          total
          sampleData
          shares {
            metricKey
            value
            share
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GetBoardQuery, GetBoardQueryVariables>;
export const GetMedianSeriesDocument = new TypedDocumentString(`
    query GetMedianSeries($metric: String!, $parentCode: String!, $yearFrom: Int!, $yearTo: Int!) {
  aggregate(
    metric: $metric
    parentCode: $parentCode
    level: county
    yearFrom: $yearFrom
    yearTo: $yearTo
    groupBy: [year]
    fn: median
    comparison: ALL_REPORTS
  ) {
    year
    value
    count
    undefinedCount
  }
}
    `) as unknown as TypedDocumentString<GetMedianSeriesQuery, GetMedianSeriesQueryVariables>;
export const GetDatasetInfoDocument = new TypedDocumentString(`
    query GetDatasetInfo {
  datasetInfo {
    reportCount
    sampleReportCount
    yearMin
    yearMax
    lastIngestedAt
  }
  reports(first: 1) {
    edges {
      node {
        id
        year
        region {
          code
          level
          parentCode
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GetDatasetInfoQuery, GetDatasetInfoQueryVariables>;
export const GetPrefecturesDocument = new TypedDocumentString(`
    query GetPrefectures {
  regions(level: prefecture) {
    code
    name
    path
  }
}
    `) as unknown as TypedDocumentString<GetPrefecturesQuery, GetPrefecturesQueryVariables>;
export const GetRegionDocument = new TypedDocumentString(`
    query GetRegion($code: String!) {
  region(code: $code) {
    code
    name
    level
    parentCode
    path
    children(level: county) {
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<GetRegionQuery, GetRegionQueryVariables>;
export const GetSeriesDocument = new TypedDocumentString(`
    query GetSeries($metric: String!, $regionCodes: [String!], $parentCode: String, $yearFrom: Int!, $yearTo: Int!) {
  series(
    metric: $metric
    regionCodes: $regionCodes
    parentCode: $parentCode
    level: county
    yearFrom: $yearFrom
    yearTo: $yearTo
  ) {
    region {
      code
      name
    }
    metric {
      key
    }
    points {
      year
      reportId
      template
      value
      state
      raw
      change
      changePct
      changePp
      comparability
      sampleData
    }
  }
}
    `) as unknown as TypedDocumentString<GetSeriesQuery, GetSeriesQueryVariables>;
export const GetCountyQualityDocument = new TypedDocumentString(`
    query GetCountyQuality($parentCode: String!, $yearFrom: Int!, $yearTo: Int!) {
  coverage(
    parentCode: $parentCode
    yearFrom: $yearFrom
    yearTo: $yearTo
    level: county
  ) {
    region {
      code
    }
    year
    publication
    quality
    publishedOn
    deadline
    daysLate
    failedRules
    report {
      id
      sampleData
      versions {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GetCountyQualityQuery, GetCountyQualityQueryVariables>;
export const GetCountyReportsDocument = new TypedDocumentString(`
    query GetCountyReports($where: ReportFilter) {
  reports(first: 100, where: $where) {
    totalCount
    edges {
      node {
        id
        title
        year
        template
        status
        publishedOn
        ingestedAt
        sampleData
        failedRules
        issuer {
          name
          kind
        }
        region {
          code
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GetCountyReportsQuery, GetCountyReportsQueryVariables>;
export const GetCountyValuesDocument = new TypedDocumentString(`
    query GetCountyValues($where: ReportFilter) {
  reports(first: 100, where: $where) {
    edges {
      node {
        id
        year
        template
        sampleData
        region {
          code
          name
        }
        issuer {
          name
          kind
        }
        values {
          key
          value
          state
          raw
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GetCountyValuesQuery, GetCountyValuesQueryVariables>;
export const HarvestDocument = new TypedDocumentString(`
    query Harvest($parentCode: String!, $year: Int!) {
  harvestSites(parentCode: $parentCode, year: $year) {
    ...HarvestSiteFields
  }
  harvestRuns(parentCode: $parentCode, first: 10) {
    ...HarvestRunFields
  }
}
    fragment HarvestSiteFields on HarvestSite {
  id
  regionCode
  regionName
  url
  issuer
  year
  lastResult
  lastCheckedAt
  lastUrl
  lastNote
  lastReportId
  scheduled
  nextCheckAt
}
fragment HarvestRunFields on HarvestRun {
  id
  year
  status
  requestedBy
  startedAt
  finishedAt
  siteCount
  pending
  found
  notFound
  unreachable
}`) as unknown as TypedDocumentString<HarvestQuery, HarvestQueryVariables>;
export const ImportHarvestSitesDocument = new TypedDocumentString(`
    mutation ImportHarvestSites($csv: String!) {
  importHarvestSites(csv: $csv) {
    saved
  }
}
    `) as unknown as TypedDocumentString<ImportHarvestSitesMutation, ImportHarvestSitesMutationVariables>;
export const StartHarvestDocument = new TypedDocumentString(`
    mutation StartHarvest($parentCode: String!, $year: Int!) {
  startHarvest(parentCode: $parentCode, year: $year) {
    ...HarvestRunFields
  }
}
    fragment HarvestRunFields on HarvestRun {
  id
  year
  status
  requestedBy
  startedAt
  finishedAt
  siteCount
  pending
  found
  notFound
  unreachable
}`) as unknown as TypedDocumentString<StartHarvestMutation, StartHarvestMutationVariables>;
export const RemoveHarvestSiteDocument = new TypedDocumentString(`
    mutation RemoveHarvestSite($id: ID!) {
  removeHarvestSite(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveHarvestSiteMutation, RemoveHarvestSiteMutationVariables>;
export const GetHeadlineDocument = new TypedDocumentString(`
    query GetHeadline($parentCode: String!, $yearFrom: Int!, $yearTo: Int!, $comparison: Comparison!) {
  requests: aggregate(
    metric: "t3_new_received_tot"
    parentCode: $parentCode
    level: county
    yearFrom: $yearFrom
    yearTo: $yearTo
    comparison: $comparison
    groupBy: [year]
    fn: sum
  ) {
    ...HeadlineFigure
  }
  requestsTemplates: aggregate(
    metric: "t3_new_received_tot"
    parentCode: $parentCode
    level: county
    yearFrom: $yearFrom
    yearTo: $yearTo
    comparison: $comparison
    groupBy: [year, template]
    fn: count
  ) {
    ...HeadlineTemplates
  }
  disclosed: aggregate(
    metric: "rate_disclosed"
    parentCode: $parentCode
    level: county
    yearFrom: $yearFrom
    yearTo: $yearTo
    comparison: $comparison
    groupBy: [year]
    fn: median
  ) {
    ...HeadlineFigure
  }
  disclosedTemplates: aggregate(
    metric: "rate_disclosed"
    parentCode: $parentCode
    level: county
    yearFrom: $yearFrom
    yearTo: $yearTo
    comparison: $comparison
    groupBy: [year, template]
    fn: count
  ) {
    ...HeadlineTemplates
  }
  license: aggregate(
    metric: "t2_license_decisions"
    parentCode: $parentCode
    level: county
    yearFrom: $yearFrom
    yearTo: $yearTo
    comparison: $comparison
    groupBy: [year]
    fn: sum
  ) {
    ...HeadlineFigure
  }
  licenseTemplates: aggregate(
    metric: "t2_license_decisions"
    parentCode: $parentCode
    level: county
    yearFrom: $yearFrom
    yearTo: $yearTo
    comparison: $comparison
    groupBy: [year, template]
    fn: count
  ) {
    ...HeadlineTemplates
  }
  penalty: aggregate(
    metric: "t2_penalty_decisions"
    parentCode: $parentCode
    level: county
    yearFrom: $yearFrom
    yearTo: $yearTo
    comparison: $comparison
    groupBy: [year]
    fn: sum
  ) {
    ...HeadlineFigure
  }
  penaltyTemplates: aggregate(
    metric: "t2_penalty_decisions"
    parentCode: $parentCode
    level: county
    yearFrom: $yearFrom
    yearTo: $yearTo
    comparison: $comparison
    groupBy: [year, template]
    fn: count
  ) {
    ...HeadlineTemplates
  }
  procurement: aggregate(
    metric: "t2_procure_amount_yuan"
    parentCode: $parentCode
    level: county
    yearFrom: $yearFrom
    yearTo: $yearTo
    comparison: $comparison
    groupBy: [year]
    fn: sum
  ) {
    ...HeadlineFigure
  }
  procurementTemplates: aggregate(
    metric: "t2_procure_amount_yuan"
    parentCode: $parentCode
    level: county
    yearFrom: $yearFrom
    yearTo: $yearTo
    comparison: $comparison
    groupBy: [year, template]
    fn: count
  ) {
    ...HeadlineTemplates
  }
  reviewCorrected: aggregate(
    metric: "rate_review_corrected"
    parentCode: $parentCode
    level: county
    yearFrom: $yearFrom
    yearTo: $yearTo
    comparison: $comparison
    groupBy: [year]
    fn: median
  ) {
    ...HeadlineFigure
  }
  reviewCorrectedTemplates: aggregate(
    metric: "rate_review_corrected"
    parentCode: $parentCode
    level: county
    yearFrom: $yearFrom
    yearTo: $yearTo
    comparison: $comparison
    groupBy: [year, template]
    fn: count
  ) {
    ...HeadlineTemplates
  }
}
    fragment HeadlineFigure on AggregateRow {
  year
  value
  count
  regionCount
  undefinedCount
  likeForLike {
    fromYear
    toYear
    regionCount
    excludedRegions {
      code
      name
    }
  }
}
fragment HeadlineTemplates on AggregateRow {
  year
  template
  value
  count
}`) as unknown as TypedDocumentString<GetHeadlineQuery, GetHeadlineQueryVariables>;
export const GetRankingDocument = new TypedDocumentString(`
    query GetRanking($metric: String!, $year: Int!, $parentCode: String) {
  ranking(
    metric: $metric
    year: $year
    parentCode: $parentCode
    level: county
    order: desc
  ) {
    metric {
      key
    }
    year
    count
    median
    q1
    q3
    entries {
      rank
      previousRank
      region {
        code
        name
      }
      reportId
      value
      state
      previousValue
      change
      changePct
      changePp
      comparability
      sampleData
    }
  }
}
    `) as unknown as TypedDocumentString<GetRankingQuery, GetRankingQueryVariables>;
export const GetCoverageDocument = new TypedDocumentString(`
    query GetCoverage($parentCode: String!, $yearFrom: Int!, $yearTo: Int!) {
  coverage(
    parentCode: $parentCode
    yearFrom: $yearFrom
    yearTo: $yearTo
    level: county
  ) {
    region {
      code
      name
    }
    year
    publication
    quality
    evidence {
      url
      result
      note
      checkedAt
      checkedBy
      source
    }
    contact {
      year
      issuer
      address
      phones
    }
    status
    late
    failing
    report {
      id
    }
    publishedOn
    deadline
    daysLate
    failedRules
  }
}
    `) as unknown as TypedDocumentString<GetCoverageQuery, GetCoverageQueryVariables>;
export const GetFindingsDocument = new TypedDocumentString(`
    query GetFindings($first: Int!, $after: String, $where: FindingFilter) {
  findings(first: $first, after: $after, where: $where) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        rule
        severity
        modes
        scope
        cells
        expected
        actual
        messageZh
        messageEn
        report {
          id
          year
          region {
            code
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GetFindingsQuery, GetFindingsQueryVariables>;
export const CorrectReportValuesDocument = new TypedDocumentString(`
    mutation CorrectReportValues($reportId: ID!, $corrections: [ValueCorrectionInput!]!, $note: String) {
  correctReportValues(reportId: $reportId, corrections: $corrections, note: $note) {
    id
    status
    needsReview
    correctsReportId
  }
}
    `) as unknown as TypedDocumentString<CorrectReportValuesMutation, CorrectReportValuesMutationVariables>;
export const GetReportDocument = new TypedDocumentString(`
    query GetReport($id: ID!) {
  report(id: $id) {
    id
    title
    year
    template
    scope
    status
    publishedOn
    deadline
    late
    sampleData
    parserVersion
    ingestedAt
    failedRules
    needsReview
    reviewReasons
    correctsReportId
    ocr {
      engine
      dpi
      pages
      threshold
      meanConfidence
      lowConfidence
      ruleChosen
      msPerPage
    }
    pageImages {
      page
      width
      height
      url
    }
    issuer {
      name
      kind
    }
    region {
      code
      name
    }
    source {
      id
      fileName
      format
      byteSize
      downloadUrl
      convertedBy
    }
    values {
      key
      value
      state
      raw
      printedUnit
      flags
      provenance {
        table
        rowLabel
        columnLabel
        tableIndex
        row
        col
        page
      }
      ocr {
        confidence
        read
        chosenBy
      }
      box
      correction {
        previous
        previousState
        by
        at
        note
      }
    }
    findings {
      id
      rule
      severity
      modes
      scope
      cells
      expected
      actual
      messageZh
      messageEn
    }
    versions {
      id
      status
      ingestedAt
      parserVersion
      correctsReportId
      source {
        fileName
      }
    }
    republication {
      previousReportId
      url
      detectedAt
      changes {
        metricKey
        before
        beforeState
        after
        afterState
      }
    }
    regionChanges {
      id
      fromRegion {
        code
        name
      }
      toRegion {
        code
        name
      }
      reason
      changedBy
      changedAt
    }
    narrative {
      parserVersion
      truncated
      preamble {
        text
        start
        end
        page
      }
      sections {
        numeral
        heading
        paragraphs {
          text
          start
          end
          page
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GetReportQuery, GetReportQueryVariables>;
export const GetUploadViewerDocument = new TypedDocumentString(`
    query GetUploadViewer {
  viewer {
    role
  }
}
    `) as unknown as TypedDocumentString<GetUploadViewerQuery, GetUploadViewerQueryVariables>;
export const RemoveSampleDataDocument = new TypedDocumentString(`
    mutation RemoveSampleData {
  removeSampleData
}
    `) as unknown as TypedDocumentString<RemoveSampleDataMutation, RemoveSampleDataMutationVariables>;