import { BOARD_FAMILIES } from './board-families';
import { getMetric, isAvailableIn } from './metric-catalogue';

describe('board families', () => {
  const keys = BOARD_FAMILIES.flatMap((f) => [...f.metrics, ...f.compositions.flatMap((c) => c.parts)]);

  it('names only metric keys of the catalogue', () => {
    expect(keys.filter((key) => getMetric(key) === undefined)).toEqual([]);
  });

  it('lists the four families in the order of the report', () => {
    expect(BOARD_FAMILIES.map((f) => f.labelZh)).toEqual(['行政许可', '行政处罚和行政强制', '政府集中采购', '政府信息公开申请']);
  });

  it('breaks the outcome of requests into parts that add up to 办理结果总计 in both templates', () => {
    const outcomes = BOARD_FAMILIES.find((f) => f.id === 'requests')?.compositions.find((c) => c.id === 'outcomes');
    const expand = (key: string): string[] => {
      const formula = getMetric(key)?.formula;

      return formula?.op === 'sum' && !getMetric(key)?.reportedIn.length ? formula.terms.flatMap(expand) : [key];
    };
    const result = ['granted', 'partial', 'denied_total', 'unavail_total', 'rejected_total', 'other_total'].map((row) => `t3_${row}_tot`);
    expect(new Set(outcomes?.parts.flatMap(expand))).toEqual(new Set(result.flatMap(expand)));
    expect(outcomes?.parts).toHaveLength(13);
  });

  it('states the template change where procurement ends: the 2021 template has no procurement item', () => {
    const procurement = BOARD_FAMILIES.find((f) => f.id === 'procurement');
    expect(procurement?.templateNote?.zh).toContain('止于2020年');
    for (const key of procurement?.metrics ?? []) {
      const metric = getMetric(key);
      expect(metric && isAvailableIn(metric, 'gb2019')).toBe(true);
      expect(metric && isAvailableIn(metric, 'gb2021')).toBe(false);
    }
    // Every other family's headline continues across the change.
    for (const family of BOARD_FAMILIES.filter((f) => f.id !== 'procurement')) {
      const headline = getMetric(family.metrics[0]);
      expect(family.templateNote).toBeNull();
      expect(headline && isAvailableIn(headline, 'gb2021') && isAvailableIn(headline, 'gb2019')).toBe(true);
    }
  });
});
