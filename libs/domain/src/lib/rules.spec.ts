import { RULES, getRule } from './rules';

describe('rules', () => {
  it('has unique ids with Chinese and English descriptions', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.en).not.toHaveLength(0);
    }
  });

  it('marks the template-printed rules as errors', () => {
    expect(getRule('T3_BALANCE').severity).toBe('ERROR');
    expect(getRule('XY_T3_CARRY').scope).toBe('cross_year');
  });

  it('throws on an unknown id', () => {
    expect(() => getRule('NOPE' as never)).toThrow('unknown rule id');
  });
});
