import { type IssuerKind } from '@gongkai/domain';

/**
 * Which report stands for a region in series, rankings and coverage, in order of preference: the
 * government's own report, else its office's, else a zone administration that governs the region (平潭综合实验区
 * for 平潭县). Departments and townships never stand in for their county (they are in `reports` and `aggregate`).
 */
export const DEFAULT_PRIMARY_ISSUER_KINDS: readonly IssuerKind[] = ['gov', 'gov_office', 'zone'];
