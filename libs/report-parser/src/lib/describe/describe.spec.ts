import { parseReportSync } from '../parse-report';
import { type ReportSpec, reportHtml, reportTxt } from '../../testing/report-builder';
import { isBelowRuleMakingLevel, issuerKindOf } from './issuer';

const txt = (spec: Partial<ReportSpec>) => parseReportSync(reportTxt({ template: 'gb2021', ...spec }));

describe('title, issuer and year (spec §8.1)', () => {
  it.each([
    [['工布江达县2020年政府信息公开工作', '年度报告'], '工布江达县2020年政府信息公开工作年度报告', '工布江达县', 2020],
    [['2019年上海市人民政府办公厅政府信息公开工作年度报告'], '2019年上海市人民政府办公厅政府信息公开工作年度报告', '上海市人民政府办公厅', 2019],
    [['洪泽区人民政府', '2023 年政府信息公开工作年度报告'], '洪泽区人民政府2023年政府信息公开工作年度报告', '洪泽区人民政府', 2023],
    [['定西市公共资源交易中心2020年政府信息公开工作的年度报告'], '定西市公共资源交易中心2020年政府信息公开工作的年度报告', '定西市公共资源交易中心', 2020],
    [['平武县统计局2021年度政府信息公开工作年度报告'], '平武县统计局2021年度政府信息公开工作年度报告', '平武县统计局', 2021],
  ])('reads %j (D19 split titles joined)', (title, expected, issuer, year) => {
    const r = txt({ title });
    expect({ title: r.title, issuer: r.issuer, year: r.year }).toEqual({ title: expected, issuer, year });
  });

  it('prefers the page metadata title for HTML pages and falls back to <title>', () => {
    const withMeta = parseReportSync(reportHtml({ template: 'gb2021', title: ['某区2022年', '政府信息公开工作年度报告'] }, { head: '<meta name="ArticleTitle" content="某区2022年度政府信息公开工作年度报告"/>' }));
    expect(withMeta.title).toBe('某区2022年度政府信息公开工作年度报告');
    const page = reportHtml({ template: 'gb2021', title: [] }).replace('<title>报告</title>', '<title>某县2022年政府信息公开工作年度报告_年报_某县人民政府</title>');
    expect(parseReportSync(page).title).toBe('某县2022年政府信息公开工作年度报告');
  });

  it('falls back to the statistics period for the year when the title has none', () => {
    const r = txt({ title: ['政府信息公开工作年度报告'], preamble: ['本报告所列数据统计期限为2022年1月1日至2022年12月31日。'] });
    expect(r.year).toBe(2022);
    expect(r.period).toEqual({ start: '2022-01-01', end: '2022-12-31' });
  });
});

describe('issuer kind and level (spec §8.2)', () => {
  it.each([
    ['工布江达县', 'gov'],
    ['淮安市洪泽区人民政府', 'gov'],
    ['广州市人民政府办公厅', 'gov_office'],
    ['威海市文登区信访局', 'department'],
    ['县乡村振兴局', 'department'],
    ['中村乡', 'township'],
    ['凤凰镇人民政府', 'township'],
    ['蒲纺工业园区', 'zone'],
    ['平潭综合实验区', 'zone'],
    ['定西市公共资源交易中心', 'institution'],
  ] as const)('%s is %s', (name, kind) => {
    expect(issuerKindOf(name)).toBe(kind);
  });

  it('knows which issuers are below the rule-making level', () => {
    expect(isBelowRuleMakingLevel('洪泽区人民政府', 'gov')).toBe(true);
    expect(isBelowRuleMakingLevel('工布江达县人民政府办公室', 'gov_office')).toBe(true);
    expect(isBelowRuleMakingLevel('淮安市人民政府', 'gov')).toBeNull();
    expect(isBelowRuleMakingLevel('平潭综合实验区', 'zone')).toBeNull();
  });
});

describe('dates, scope, location, sample data and sections', () => {
  it('reads the signature date, also in Chinese numerals', () => {
    expect(txt({ tail: ['某县人民政府办公室', '2021年2月8日'] }).publishedOn).toBe('2021-02-08');
    expect(txt({ tail: ['某县人民政府办公室', '二〇二三年一月三十一日'] }).publishedOn).toBe('2023-01-31');
    expect(txt({ tail: [] }).publishedOn).toBeNull();
  });

  it('reads the page date of an HTML page, then its PubDate meta', () => {
    const visible = reportHtml({ template: 'gb2021', title: ['来源：某县人民政府 时间：2025-03-10 15:35', '某县2024年政府信息公开工作年度报告'] });
    expect(parseReportSync(visible).publishedOn).toBe('2025-03-10');
    const meta = reportHtml({ template: 'gb2021' }, { head: '<meta name="PubDate" content="2022-02-08 16:34"/>' });
    expect(parseReportSync(meta).publishedOn).toBe('2022-02-08');
  });

  it('finds address, postcode, phones, area codes and hosts for region resolution', () => {
    const r = txt({ preamble: ['如有疑问请联系（单位地址：西藏自治区林芝市工布江达县果林路北5号；联系方式：0894-5731699；邮编860200），网址http://www.gongbujiangda.gov.cn。'] });
    expect(r.location).toEqual({
      address: '西藏自治区林芝市工布江达县果林路北5号',
      postcode: '860200',
      phones: ['0894-5731699'],
      areaCodes: ['0894'],
      hosts: ['www.gongbujiangda.gov.cn'],
    });
    expect(parseReportSync(reportTxt({ template: 'gb2021' }), { sourceUrl: 'https://www.x.gov.cn/a/b.htm' }).location.hosts).toEqual(['www.x.gov.cn']);
  });

  it('marks aggregate reports by their preamble (D20)', () => {
    expect(txt({ preamble: ['本报告由县政府办公室根据各部门、各乡镇报送的材料汇总编制。'] }).scope).toBe('aggregate');
    expect(txt({}).scope).toBe('unknown');
  });

  it('flags generated sample documents', () => {
    expect(txt({ preamble: ['本文件为 Gongkai 生成的样例数据，不是真实报告。'] }).sampleData).toBe(true);
    expect(txt({}).sampleData).toBe(false);
  });

  it('finds section headings by numeral and keyword, variants included (D17)', () => {
    const r = txt({ headings: { 四: '四、因政府信息公开工作被申请行政复议提起行政诉讼情况', 五: '五、政府信息公开工作存在的主要问题及改进情况' } });
    expect(r.sections).toEqual(['一', '二', '三', '四', '五', '六']);
    expect(r.findings.map((f) => f.rule)).not.toContain('META_SIX_SECTIONS');
    const missing = txt({ headings: { 五: null } });
    expect(missing.sections).toEqual(['一', '二', '三', '四', '六']);
    expect(missing.findings.map((f) => f.rule)).toContain('META_SIX_SECTIONS');
  });

  it('strips Word bookmarks before reading headings (D19)', () => {
    expect(txt({ headings: { 一: '[bookmark: _GoBack]一、总体情况' } }).sections[0]).toBe('一');
  });
});
