import { formatBoardValue } from './formatBoardValue';

describe('formatBoardValue', () => {
  it('shows procurement money in 万元 with every printed digit', () => {
    expect(formatBoardValue('12345678.9', 'number', 't2_procure_amount_yuan', 'zh')).toBe('1,234.56789万元');
    expect(formatBoardValue('100', 'number', 't2_procure_amount_yuan', 'zh')).toBe('0.01万元');
  });

  it('leaves counts, rates and gaps to formatValue', () => {
    expect(formatBoardValue('1234', 'number', 't2_license_decisions', 'zh')).toBe('1,234');
    expect(formatBoardValue('0.8125', 'derived', 'rate_disclosed', 'zh')).toBe('81.3%');
    expect(formatBoardValue(null, 'missing', 't2_procure_amount_yuan', 'zh')).not.toBe('0万元');
  });
});
