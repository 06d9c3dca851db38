import { type SiteCheck } from '../core/types/api';

export type HarvestSite = {
  id: string;
  regionCode: string;
  regionName: string | null;
  url: string;
  issuer: string | null;
  year: number;
  lastResult: SiteCheck['result'] | null;
  lastCheckedAt: string | null;
  lastUrl: string | null;
  lastNote: string | null;
  lastReportId: string | null;
  /** Whether the schedule looks after this year at all (nextCheckAt is then meaningful). */
  scheduled: boolean;
  nextCheckAt: string | null;
};

export type HarvestRun = {
  id: string;
  year: number;
  status: 'running' | 'done';
  requestedBy: string;
  startedAt: string;
  finishedAt: string | null;
  siteCount: number;
  pending: number;
  found: number;
  notFound: number;
  unreachable: number;
};

export type HarvestData = { harvestSites: HarvestSite[]; harvestRuns: HarvestRun[] };
