import { type ScheduledSite, deadlineOf, dueChecks, nextCheckAt, scheduledYears } from './harvest-schedule';

const site = (over: Partial<ScheduledSite> = {}): ScheduledSite => ({ id: 's', issuer: null, lastResult: null, lastCheckedAt: null, ...over });
const at = (iso: string) => new Date(iso);

describe('deadlineOf', () => {
  it('is the end of 31 March (government) or 31 January (department) of the next year, China time', () => {
    expect(deadlineOf(2024, 'government').toISOString()).toBe('2025-03-31T16:00:00.000Z');
    expect(deadlineOf(2024, 'department').toISOString()).toBe('2025-01-31T16:00:00.000Z');
  });
});

describe('dueChecks', () => {
  it('checks nothing before the deadline', () => {
    expect(dueChecks([site()], 2024, at('2025-03-31T15:59:00Z'))).toEqual([]);
  });

  it("checks a government's site once its deadline has passed, and a department's two months earlier", () => {
    const now = at('2025-02-10T00:00:00Z');
    expect(dueChecks([site({ id: 'gov' }), site({ id: 'dept', issuer: '县教育局' })], 2024, now)).toEqual([{ siteId: 'dept', year: 2024, reason: 'after_deadline' }]);
  });

  it('a check made before the deadline does not count: not_found then is no evidence of a missing report', () => {
    const before = site({ lastResult: 'not_found', lastCheckedAt: at('2025-03-20T00:00:00Z') });
    expect(dueChecks([before], 2024, at('2025-04-01T00:00:00Z'))).toEqual([{ siteId: 's', year: 2024, reason: 'after_deadline' }]);
  });

  it('re-checks found and not-found sites monthly and unreachable ones the next day', () => {
    const checked = at('2025-04-02T00:00:00Z');
    const sites = [
      site({ id: 'found', lastResult: 'found', lastCheckedAt: checked }),
      site({ id: 'missing', lastResult: 'not_found', lastCheckedAt: checked }),
      site({ id: 'down', lastResult: 'unreachable', lastCheckedAt: checked }),
    ];
    expect(dueChecks(sites, 2024, at('2025-04-03T01:00:00Z'))).toEqual([{ siteId: 'down', year: 2024, reason: 'retry' }]);
    expect(dueChecks(sites, 2024, at('2025-05-02T01:00:00Z')).map((d) => `${d.siteId}:${d.reason}`)).toEqual(['found:recheck', 'missing:recheck', 'down:retry']);
  });
});

describe('nextCheckAt', () => {
  it('says the deadline before it, null when due, and the re-check date after a check', () => {
    expect(nextCheckAt(site(), 2024, at('2025-01-01T00:00:00Z'))?.toISOString()).toBe('2025-03-31T16:00:00.001Z');
    expect(nextCheckAt(site(), 2024, at('2025-04-01T00:00:00Z'))).toBeNull();
    expect(nextCheckAt(site({ lastResult: 'found', lastCheckedAt: at('2025-04-02T00:00:00Z') }), 2024, at('2025-04-10T00:00:00Z'))?.toISOString()).toBe('2025-05-02T00:00:00.000Z');
  });
});

describe('scheduledYears', () => {
  it('are the two latest data years', () => {
    expect(scheduledYears(at('2026-12-08T00:00:00Z'))).toEqual([2024, 2025]);
    expect(scheduledYears(at('2027-01-02T00:00:00Z'))).toEqual([2025, 2026]);
  });
});
