import { computeCoverageStatus } from './compute-coverage-status.util';

describe('computeCoverageStatus', () => {
  it('lets the worst status win: missing > failing > late > filed', () => {
    expect(computeCoverageStatus({ filed: false, failing: true, late: true })).toBe('missing');
    expect(computeCoverageStatus({ filed: true, failing: true, late: true })).toBe('failing');
    expect(computeCoverageStatus({ filed: true, failing: false, late: true })).toBe('late');
    expect(computeCoverageStatus({ filed: true, failing: false, late: false })).toBe('filed');
  });
});
