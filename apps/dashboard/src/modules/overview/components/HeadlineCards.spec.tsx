import { renderToStaticMarkup } from 'react-dom/server';

import { HeadlineCards } from './HeadlineCards';

describe('HeadlineCards', () => {
  it('shows value and change, and no change across a break', () => {
    const html = renderToStaticMarkup(
      <HeadlineCards
        cards={[
          { metricKey: 't3_new_received_tot', year: 2022, value: 1200, previous: 1000, change: 200, changePct: 20, comparability: 'same', reportCount: 7, reported: true, fn: 'sum' },
          { metricKey: 't2_license_decisions', year: 2021, value: 50, previous: 40, change: null, changePct: null, comparability: 'break', reportCount: 7, reported: true, fn: 'sum' },
          { metricKey: 'rate_disclosed', year: 2022, value: 81.25, previous: 79, change: 2.25, changePct: null, comparability: 'same', reportCount: 7, reported: true, fn: 'median' },
        ]}
      />,
    );
    expect(html).toContain('1,200');
    expect(html).toContain('▲ +200 (+20.0%)');
    expect(html).toContain('与上年不可比');
    expect(html).toContain('81.3%');
    expect(html).toContain('+2.3 个百分点');
    expect(html).toContain('7 个区县中位数');
  });
});
