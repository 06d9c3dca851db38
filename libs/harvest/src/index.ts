export { AddressRefusedError, guardedLookup, isForbiddenAddress, parseAllowHosts } from './lib/address-guard';
export { type Link, type ListEntry, DOCUMENT_EXTENSIONS, attachmentsOf, isAnnualReportTitle, jsonListEntries, linksOf, listEntries, nextListPages, yearsIn } from './lib/discovery';
export { type FetchErrorCode, type FetchedPage, type FetcherOptions, HARVEST_USER_AGENT, HarvestFetchError, PoliteFetcher } from './lib/fetcher';
export { type HarvestSiteOptions, type HarvestedDocument, type Site, type SiteCheckResult, type SiteOutcome, type StoreDocument, harvestSite } from './lib/harvest-site';
export { type SiteRow, parseSitesCsv } from './lib/sites-csv';
export { type RunInfo, type RunSummary, type StoredSite, continueRun, startRun, unfinishedRuns, upsertSites } from './lib/harvest-runs';
export { type RegisteredSite, type Republication, type RunRecord, type RunResult, type ValueChange, recentRuns, registeredSites, removeSite, republicationOf, runById, siteRegions } from './lib/harvest-registry';
export { type DueCheck, type ScheduledSite, RECHECK_AFTER_DAYS, RETRY_UNREACHABLE_AFTER_DAYS, deadlineOf, dueChecks, nextCheckAt, scheduledYears } from './lib/harvest-schedule';
