import { formatModes } from './formatModes';

describe('formatModes', () => {
  it('names the modes in words, strict first, in either language', () => {
    expect(formatModes(['lenient', 'strict'], 'zh')).toBe('严格口径、宽松口径');
    expect(formatModes(['lenient'], 'zh')).toBe('宽松口径');
    expect(formatModes(['strict', 'lenient'], 'en')).toBe('strict reading, lenient reading');
  });
});
