import { PRIMARY_ISSUER_KINDS } from '@gongkai/report-store';

/**
 * Which report stands for a region in series, rankings and coverage, in order of preference: the
 * government's own report, else its office's, else a zone administration that governs the region (平潭综合实验区
 * for 平潭县). Departments and townships never stand in for their county (they are in `reports` and `aggregate`).
 * Defined by the report store, which keeps the table primary_report under this preference.
 */
export const DEFAULT_PRIMARY_ISSUER_KINDS = PRIMARY_ISSUER_KINDS;
