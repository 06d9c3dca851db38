import { formatMiniMark } from './formatMiniMark';

describe('formatMiniMark', () => {
  it('writes counts with separators, large sums in 万 and rates in percent', () => {
    expect(formatMiniMark(1234, 't3_new_received_tot')).toBe('1,234');
    expect(formatMiniMark(2_359_419.7, 't2_procure_amount_yuan')).toBe('235.9万');
    expect(formatMiniMark(48.333, 'rate_disclosed')).toBe('48.3%');
    expect(formatMiniMark(0, 't3_new_received_tot')).toBe('0');
  });
});
