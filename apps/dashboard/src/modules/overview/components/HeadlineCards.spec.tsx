import { renderToStaticMarkup } from 'react-dom/server';

import { type HeadlineCardData } from '../hooks/useHeadlineData';
import { HeadlineCards } from './HeadlineCards';

const card = (over: Partial<HeadlineCardData>): HeadlineCardData => ({
  metricKey: 't3_new_received_tot',
  year: 2022,
  comparison: 'ALL_REPORTS',
  value: 1200,
  previous: 1000,
  change: 200,
  changePct: 20,
  comparability: 'same',
  reportCount: 7,
  regionCount: 7,
  previousRegionCount: 7,
  likeForLike: null,
  undefinedRate: false,
  reported: true,
  fn: 'sum',
  ...over,
});

describe('HeadlineCards', () => {
  it('shows value and change, and no change across a break', () => {
    const html = renderToStaticMarkup(
      <HeadlineCards
        cards={[
          card({}),
          card({ metricKey: 't2_license_decisions', year: 2021, value: 50, previous: 40, change: null, changePct: null, comparability: 'break' }),
          card({ metricKey: 'rate_disclosed', value: 81.25, previous: 79, change: 2.25, changePct: null, fn: 'median' }),
        ]}
      />,
    );
    expect(html).toContain('1,200');
    expect(html).toContain('▲ +200 (+20.0%)');
    expect(html).toContain('与上年不可比');
    expect(html).toContain('81.3%');
    expect(html).toContain('+2.3 个百分点');
    expect(html).toContain('全部报告：2022 年 7 个区县，2021 年 7 个区县');
  });

  it('like for like: says over how many counties and names the ones left out', () => {
    const excludedRegions = [
      { code: '540423', name: '墨脱县' },
      { code: '540424', name: '波密县' },
    ];
    const html = renderToStaticMarkup(<HeadlineCards cards={[card({ comparison: 'LIKE_FOR_LIKE', year: 2025, likeForLike: { regionCount: 3, excludedRegions } })]} />);
    expect(html).toContain('同口径：3 个区县合计');
    expect(html).toContain('未含：墨脱县、波密县');
    expect(html).toContain('2024 年与 2025 年都有数据的区县才比较');
  });

  it('warns when all reports compare different sets of counties', () => {
    const html = renderToStaticMarkup(<HeadlineCards cards={[card({ regionCount: 3, previousRegionCount: 7 })]} />);
    expect(html).toContain('两年区县不同');
  });

  it('an undefined rate says it cannot be computed, not that it was not published', () => {
    const html = renderToStaticMarkup(
      <HeadlineCards cards={[card({ metricKey: 'rate_review_corrected', fn: 'median', value: null, change: null, changePct: null, undefinedRate: true })]} />,
    );
    expect(html).toContain('无法计算（分母为 0）');
    expect(html).not.toContain('未发布');
  });
});
