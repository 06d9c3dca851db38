import { computeDaysLate } from './compute-days-late.util';

describe('computeDaysLate', () => {
  it('counts calendar days after the deadline', () => {
    expect(computeDaysLate('2022-04-10', '2022-03-31')).toBe(10);
    expect(computeDaysLate('2022-02-05', '2022-01-31')).toBe(5);
  });

  it('is 0 on the deadline day and for early publication', () => {
    expect(computeDaysLate('2022-03-31', '2022-03-31')).toBe(0);
    expect(computeDaysLate('2022-01-15', '2022-03-31')).toBe(0);
  });

  it('crosses leap days and years correctly', () => {
    expect(computeDaysLate('2024-03-01', '2024-01-31')).toBe(30);
    expect(computeDaysLate('2025-03-31', '2024-03-31')).toBe(365);
  });

  it('is null when the publication date is unknown or unreadable', () => {
    expect(computeDaysLate(null, '2022-03-31')).toBeNull();
    expect(computeDaysLate('sometime', '2022-03-31')).toBeNull();
  });
});
