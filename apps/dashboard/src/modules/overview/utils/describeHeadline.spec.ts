import { type HeadlineCardData } from '../hooks/useHeadlineData';
import { describeHeadline, headlineSummaryLine } from './describeHeadline';

const card = (over: Partial<HeadlineCardData>): HeadlineCardData => ({
  metricKey: 't2_license_decisions',
  year: 2025,
  comparison: 'LIKE_FOR_LIKE',
  value: 5797,
  previous: 6000,
  change: -203,
  changePct: -3.3833,
  comparability: 'same',
  reportCount: 3,
  regionCount: 3,
  previousRegionCount: 3,
  likeForLike: { regionCount: 3, excludedRegions: [{ code: '540423', name: '墨脱县' }] },
  undefinedRate: false,
  reported: true,
  fn: 'sum',
  ...over,
});

describe('headlineSummaryLine (the briefing cover)', () => {
  it('words the like-for-like change with the counties left out, as the card does', () => {
    expect(headlineSummaryLine(card({}), '行政许可', 'zh')).toBe('行政许可：5,797，较上年 ▼ -203 (-3.4%)（同口径：3 个区县合计；未含：墨脱县）');
  });

  it('says all reports and warns when the sets differ', () => {
    const line = headlineSummaryLine(card({ comparison: 'ALL_REPORTS', likeForLike: null, value: 5797, previous: 13284, change: -7487, changePct: -56.36, previousRegionCount: 7 }), '行政许可', 'zh');
    expect(line).toBe('行政许可：5,797，较上年 ▼ -7,487 (-56.4%)（全部报告：2025 年 3 个区县，2024 年 7 个区县；两年区县不同，变化含区县增减）');
  });

  it('an undefined rate is worded as such, in English too', () => {
    const c = card({ metricKey: 'rate_review_corrected', fn: 'median', value: null, change: null, changePct: null, undefinedRate: true, likeForLike: { regionCount: 0, excludedRegions: [] } });
    expect(describeHeadline(c, 'zh').valueText).toBe('无法计算（分母为 0）');
    expect(describeHeadline(c, 'en').valueText).toBe('cannot be computed (denominator 0)');
  });

  it('a like-for-like step without any county in both years says so instead of 未发布', () => {
    const c = card({ value: null, change: null, changePct: null, likeForLike: { regionCount: 0, excludedRegions: [{ code: '540402', name: '巴宜区' }] } });
    expect(describeHeadline(c, 'zh')).toMatchObject({ valueText: '无两年均有数据的区县', excluded: '未含：巴宜区' });
  });
});
