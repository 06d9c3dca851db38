import { formatFindingSide, formatModes } from './formatModes';

describe('formatModes', () => {
  it('names the modes in words, strict first, in either language', () => {
    expect(formatModes(['lenient', 'strict'], 'zh')).toBe('严格口径、宽松口径');
    expect(formatModes(['lenient'], 'zh')).toBe('宽松口径');
    expect(formatModes(['strict', 'lenient'], 'en')).toBe('strict reading, lenient reading');
  });
});

describe('formatFindingSide', () => {
  it('shows a rule id as the rule name in the language asked, and anything else as it is', () => {
    expect(formatFindingSide('T3_BALANCE', 'zh')).toMatch(/^表三/);
    expect(formatFindingSide('T3_BALANCE', 'en')).toMatch(/^Table 3/);
    expect(formatFindingSide('12', 'zh')).toBe('12');
    expect(formatFindingSide('0, 1, 2, …', 'en')).toBe('0, 1, 2, …');
  });
});
