import { translate } from '../../core/i18n/useI18n';
import { formatCheckedAt, publicationLabel, siteCheckLabel } from './coverageLabels';

const zh = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('zh', key, vars);
const en = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('en', key, vars);

describe('coverage labels', () => {
  it('names every publication state in a supervisor’s words, with the days late', () => {
    expect(publicationLabel(zh, { publication: 'late', daysLate: 70 })).toBe('逾期发布（70 天）');
    expect(publicationLabel(en, { publication: 'late', daysLate: 70 })).toBe('published 70 days late');
    expect(publicationLabel(zh, { publication: 'date_unknown', daysLate: null })).toBe('未注明发布日期');
    expect(publicationLabel(zh, { publication: 'not_required', daysLate: null })).toBe('当年无需发布');
  });

  it('shows check times in Beijing time, across the date line', () => {
    expect(formatCheckedAt('2022-03-31T16:30:00.000Z')).toBe('2022-04-01 00:30');
    expect(formatCheckedAt('not a date')).toBe('not a date');
  });

  it('says a harvest result came from the harvester and who ran it', () => {
    const label = siteCheckLabel(zh, { url: 'https://x.gov.cn/ndbg/', result: 'unreachable', note: null, checkedAt: '2022-06-01T00:00:00.000Z', checkedBy: 'ops', source: 'harvest' });
    expect(label).toBe('自动采集（ops） 于 2022-06-01 08:00 核查 https://x.gov.cn/ndbg/：网站无法访问');
  });
});
