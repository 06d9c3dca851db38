import { translate } from '../../core/i18n/useI18n';
import { type CoverageEntry } from '../../core/types/api';
import { buildChaseList } from './buildChaseList';

const zh = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('zh', key, vars);

const base: CoverageEntry = {
  region: { code: '540421', name: '工布江达县' },
  year: 2021,
  publication: 'not_collected',
  quality: 'none',
  evidence: [],
  contact: null,
  status: 'missing',
  late: false,
  failing: false,
  report: null,
  publishedOn: null,
  deadline: '2022-03-31',
  daysLate: null,
  failedRules: [],
};

describe('buildChaseList', () => {
  it('gives body, deadline, days late or the state, and the stated contact or 未载明', () => {
    const late: CoverageEntry = {
      ...base,
      region: { code: '540422', name: '米林县' },
      publication: 'late',
      quality: 'needs_review',
      daysLate: 12,
      report: { id: 'r' },
      publishedOn: '2022-04-12',
      contact: { year: 2021, issuer: '米林县人民政府', address: '米林县米林镇', phones: ['0894-5822101', '0894-5822102'] },
    };
    const missing: CoverageEntry = {
      ...base,
      publication: 'confirmed_missing',
      evidence: [{ url: 'https://www.gongbujiangda.gov.cn/ndbg/', result: 'not_found', note: null, checkedAt: '2022-06-01T02:30:00.000Z', checkedBy: '林芝市督查', source: 'manual' }],
    };
    const table = buildChaseList([late, base, missing], zh);

    expect(table.columns).toEqual(['区县', '代码', '年度', '发布机关', '法定期限', '发布情况', '逾期天数或状态', '检查结果', '联系方式（最近一份报告所载）', '核查记录']);
    expect(table.rows).toEqual([
      ['米林县', '540422', 2021, '米林县人民政府', '2022-03-31', '逾期发布（12 天）', 12, '需人工复核', '米林县米林镇 0894-5822101、0894-5822102（2021 年度报告）', '无核查记录'],
      ['工布江达县', '540421', 2021, '未载明', '2022-03-31', '未收集', '未收集', '无报告', '未载明', '无核查记录'],
      ['工布江达县', '540421', 2021, '未载明', '2022-03-31', '经核查未发布', '经核查未发布', '无报告', '未载明', '林芝市督查 于 2022-06-01 10:30 核查 https://www.gongbujiangda.gov.cn/ndbg/：未找到报告'],
    ]);
  });

  it('says 未载明 for a report that states no contact at all', () => {
    const table = buildChaseList([{ ...base, publication: 'on_time', quality: 'passing', daysLate: 0, contact: { year: 2020, issuer: null, address: null, phones: [] } }], zh);
    expect(table.rows[0]?.[3]).toBe('未载明');
    expect(table.rows[0]?.[8]).toBe('未载明');
  });
});
