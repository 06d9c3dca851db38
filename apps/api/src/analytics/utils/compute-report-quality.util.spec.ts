import { computeReportQuality } from './compute-report-quality.util';

describe('computeReportQuality', () => {
  it('orders none > needs_review > failing > passing', () => {
    expect(computeReportQuality({ held: false, needsReview: true, failing: true })).toBe('none');
    expect(computeReportQuality({ held: true, needsReview: true, failing: true })).toBe('needs_review');
    expect(computeReportQuality({ held: true, needsReview: true, failing: false })).toBe('needs_review');
    expect(computeReportQuality({ held: true, needsReview: false, failing: true })).toBe('failing');
    expect(computeReportQuality({ held: true, needsReview: false, failing: false })).toBe('passing');
  });
});
