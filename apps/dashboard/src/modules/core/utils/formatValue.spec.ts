import { formatChange, formatValue, groupDigits, roundDecimal, shiftDecimal } from './formatValue';

describe('shiftDecimal', () => {
  it('moves the point without float error', () => {
    expect(shiftDecimal('23594197', -4)).toBe('2359.4197');
    expect(shiftDecimal('0.8125', 2)).toBe('81.25');
    expect(shiftDecimal('5', -3)).toBe('0.005');
    expect(shiftDecimal('-120', -1)).toBe('-12');
    expect(shiftDecimal('0.1', 1)).toBe('1');
  });
});

describe('groupDigits / roundDecimal', () => {
  it('groups the integer part only', () => {
    expect(groupDigits('1234567.891')).toBe('1,234,567.891');
    expect(groupDigits('-1000')).toBe('-1,000');
  });

  it('rounds for display only when needed', () => {
    expect(roundDecimal('81.25', 1)).toBe('81.3');
    expect(roundDecimal('81.2', 1)).toBe('81.2');
  });
});

describe('formatValue', () => {
  it('shows blank, not applicable and missing as words, never as 0', () => {
    expect(formatValue(null, 'blank', 't3_new_received_tot', 'zh')).toBe('空白');
    expect(formatValue(null, 'na', 't3_new_received_tot', 'zh')).toBe('不适用');
    expect(formatValue(null, 'missing', 't3_new_received_tot', 'en')).toBe('no report');
    expect(formatValue('0', 'number', 't3_new_received_tot', 'zh')).toBe('0');
  });

  it('formats ratios as percentages and money in 万元', () => {
    expect(formatValue('0.8125', 'derived', 'rate_disclosed', 'zh')).toBe('81.3%');
    expect(formatValue('23594197', 'number', 't2_procure_amount_yuan', 'zh')).toBe('2,359.42万元');
    expect(formatValue('8040', 'number', 't2_procure_amount_yuan', 'zh')).toBe('8,040元');
  });
});

describe('formatChange', () => {
  it('shows no change across a break', () => {
    const result = formatChange({ change: '5', changePct: 10, changePp: null, comparability: 'break' }, 't2_license_decisions', 'zh');
    expect(result.text).toBe('—');
    expect(result.note).toContain('不可比');
  });

  it('shows signed change and percent', () => {
    expect(formatChange({ change: '-12', changePct: -7.26, changePp: null, comparability: 'same' }, 't3_new_received_tot', 'zh')).toEqual({
      text: '-12 (-7.3%)',
      direction: 'down',
      note: undefined,
    });
  });

  it('shows percentage points for ratios and marks approximate steps', () => {
    const result = formatChange({ change: null, changePct: null, changePp: 2.34, comparability: 'approximate' }, 'rate_disclosed', 'en');
    expect(result.text).toBe('+2.3 pp');
    expect(result.note).toBe('approximately comparable');
  });

  it('says when there is no previous value', () => {
    expect(formatChange({ change: null, changePct: null, changePp: null, comparability: null }, 't3_new_received_tot', 'zh').direction).toBe('none');
  });
});
