import { computePublicationStatus, type PublicationInput } from './compute-publication-status.util';

const base: PublicationInput = { held: false, daysLate: null, required: true, deadline: '2022-03-31', checks: [] };
const afterDeadline = '2022-06-01T02:00:00.000Z';

describe('computePublicationStatus', () => {
  it('says on_time, late or date_unknown for a held report, by its days late', () => {
    expect(computePublicationStatus({ ...base, held: true, daysLate: 0 })).toBe('on_time');
    expect(computePublicationStatus({ ...base, held: true, daysLate: 12 })).toBe('late');
    // A report that prints no date is never "on time".
    expect(computePublicationStatus({ ...base, held: true, daysLate: null })).toBe('date_unknown');
  });

  it('says not_collected when no report is held and nothing is known', () => {
    expect(computePublicationStatus(base)).toBe('not_collected');
  });

  it('says confirmed_missing after a not_found check made after the deadline', () => {
    expect(computePublicationStatus({ ...base, checks: [{ result: 'not_found', checkedAt: afterDeadline }] })).toBe('confirmed_missing');
  });

  it('does not confirm a report missing from a check made on or before the deadline (Beijing time)', () => {
    // 2022-03-31 23:00 in Beijing is still the deadline day.
    expect(computePublicationStatus({ ...base, checks: [{ result: 'not_found', checkedAt: '2022-03-31T15:00:00.000Z' }] })).toBe('not_collected');
    expect(computePublicationStatus({ ...base, checks: [{ result: 'not_found', checkedAt: '2022-03-31T16:00:01.000Z' }] })).toBe('confirmed_missing');
  });

  it('lets the newest conclusive check decide; unreachable tells nothing', () => {
    const missing = { result: 'not_found', checkedAt: afterDeadline } as const;
    const foundLater = { result: 'found', checkedAt: '2022-07-01T02:00:00.000Z' } as const;
    const unreachableLater = { result: 'unreachable', checkedAt: '2022-08-01T02:00:00.000Z' } as const;
    expect(computePublicationStatus({ ...base, checks: [foundLater, missing] })).toBe('not_collected');
    expect(computePublicationStatus({ ...base, checks: [missing, unreachableLater] })).toBe('confirmed_missing');
    expect(computePublicationStatus({ ...base, checks: [unreachableLater] })).toBe('not_collected');
  });

  it('says not_required when the region did not exist, unless a report is held after all', () => {
    expect(computePublicationStatus({ ...base, required: false })).toBe('not_required');
    expect(computePublicationStatus({ ...base, required: false, checks: [{ result: 'not_found', checkedAt: afterDeadline }] })).toBe('not_required');
    expect(computePublicationStatus({ ...base, required: false, held: true, daysLate: 3 })).toBe('late');
  });

  it('never lets a check override a held report', () => {
    expect(computePublicationStatus({ ...base, held: true, daysLate: 0, checks: [{ result: 'not_found', checkedAt: afterDeadline }] })).toBe('on_time');
  });
});
