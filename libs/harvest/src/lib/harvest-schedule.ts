import { PUBLICATION_DEADLINES } from '@gongkai/domain';

/** What the schedule knows of one registered site: whether it names a body, and its checks of one data year. */
export type ScheduledSite = {
  id: string;
  /** A site registered for one body (an issuer) is a department's column; without one, the government's. */
  issuer: string | null;
  /** The newest check of the year: found / not_found / unreachable, and when (null: never checked). */
  lastResult: 'found' | 'not_found' | 'unreachable' | null;
  lastCheckedAt: Date | null;
};

export type DueCheck = { siteId: string; year: number; reason: 'after_deadline' | 'recheck' | 'retry' };

/** Published reports are looked at again monthly: a document changed after publication becomes a new version. */
export const RECHECK_AFTER_DAYS = 30;
/** An unreachable site is tried again the next day, not a month later. */
export const RETRY_UNREACHABLE_AFTER_DAYS = 1;
const DAY_MS = 24 * 3600 * 1000;

/**
 * The statutory deadline (条例 Art. 49) for publishing the report of `year`: 31 January of the next year for a
 * department, 31 March for a government; the end of that day in China (UTC+8), as a UTC instant.
 */
export function deadlineOf(year: number, kind: 'government' | 'department'): Date {
  const { month, day } = PUBLICATION_DEADLINES[kind];

  return new Date(Date.UTC(year + 1, month - 1, day, 24 - 8));
}

/**
 * Which sites the schedule checks now for the data year `year`: every site whose deadline has passed and that
 * has no check since (the check that can make "not published" a fact: confirmed_missing needs a not_found
 * after the deadline), a found report again after RECHECK_AFTER_DAYS, an unreachable site after a day. A
 * site not found after the deadline is looked at again monthly, as a late report may still appear.
 */
export function dueChecks(sites: readonly ScheduledSite[], year: number, now: Date): DueCheck[] {
  const due: DueCheck[] = [];
  for (const site of sites) {
    const deadline = deadlineOf(year, site.issuer ? 'department' : 'government');
    if (now.getTime() <= deadline.getTime()) continue;
    const checked = site.lastCheckedAt;
    if (checked === null || checked.getTime() <= deadline.getTime()) {
      due.push({ siteId: site.id, year, reason: 'after_deadline' });
      continue;
    }
    const age = now.getTime() - checked.getTime();
    if (site.lastResult === 'unreachable' && age >= RETRY_UNREACHABLE_AFTER_DAYS * DAY_MS) due.push({ siteId: site.id, year, reason: 'retry' });
    else if (site.lastResult !== 'unreachable' && age >= RECHECK_AFTER_DAYS * DAY_MS) due.push({ siteId: site.id, year, reason: 'recheck' });
  }

  return due;
}

/**
 * The data years the schedule looks after at `now`: the two latest (a report of the year before last can still
 * be published late or changed). Older years are checked only when someone starts a harvest.
 */
export function scheduledYears(now: Date): number[] {
  return [now.getUTCFullYear() - 2, now.getUTCFullYear() - 1];
}

/** When the schedule will look at a site next for `year` (null: it is due now). */
export function nextCheckAt(site: ScheduledSite, year: number, now: Date): Date | null {
  const deadline = deadlineOf(year, site.issuer ? 'department' : 'government');
  if (now.getTime() <= deadline.getTime()) return new Date(deadline.getTime() + 1);
  const checked = site.lastCheckedAt;
  if (checked === null || checked.getTime() <= deadline.getTime()) return null;
  const after = (site.lastResult === 'unreachable' ? RETRY_UNREACHABLE_AFTER_DAYS : RECHECK_AFTER_DAYS) * DAY_MS;
  const next = new Date(checked.getTime() + after);

  return next.getTime() <= now.getTime() ? null : next;
}
