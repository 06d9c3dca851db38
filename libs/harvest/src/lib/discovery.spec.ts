import { attachmentsOf, isAnnualReportTitle, jsonListEntries, listEntries, nextListPages, yearsIn } from './discovery';

describe('annual report titles', () => {
  it.each([
    ['洪泽区人民政府2023年政府信息公开工作年度报告', 2023, true],
    ['平潭综合实验区2021年度政府信息公开工作年度报告', 2021, true],
    ['洪泽区人民政府二〇二三年政府信息公开工作年度报告', 2023, true],
    ['某县二零二四年政务公开年报', 2024, true],
    ['某县２０２２年政府信息公开年报', 2022, true],
    ['某县2023年政府信息公开工作年度报告', 2024, false],
    ['关于报送2022年政府信息公开工作年度报告的通知', 2022, false],
    ['淮安市洪泽区2023年政府网站工作年度报表', 2023, false],
    ['2023年政府工作报告', 2023, false],
    ['2022年度政府信息公开工作年度报告目录', 2022, false],
  ])('%s (year %d) → %s', (title, year, expected) => {
    expect(isAnnualReportTitle(title, year)).toBe(expected);
  });

  it('reads years in both numeral systems', () => {
    expect(yearsIn('二〇一九年与2020年')).toEqual([2020, 2019]);
    expect(yearsIn('第12345号')).toEqual([]);
  });
});

describe('list pages', () => {
  const base = 'http://www.x.gov.cn/zwgk/nb/index.htm';

  it('reads entries with the date printed beside them, resolved against the page', () => {
    const html = `<ul><li><a href="./202402/t20240220_1.htm" title="某县2023年政府信息公开工作年度报告">某县2023年政府信息公开工作年度报告</a><span>2024-02-20</span></li>
      <li><a href="javascript:void(0)">某县2022年政府信息公开工作年度报告</a></li></ul>`;
    expect(listEntries(html, base)).toEqual([{ url: 'http://www.x.gov.cn/zwgk/nb/202402/t20240220_1.htm', title: '某县2023年政府信息公开工作年度报告', date: '2024-02-20' }]);
  });

  it('finds TRS createPageHTML pages, numbered links and a total-pages script, on the same host only', () => {
    expect(nextListPages(`<script>createPageHTML(3, 0, "index", "htm");</script>`, base)).toEqual([
      'http://www.x.gov.cn/zwgk/nb/index_1.htm',
      'http://www.x.gov.cn/zwgk/nb/index_2.htm',
    ]);
    expect(nextListPages(`<a href="2.html">2</a><a href="http://other.example.com/3.html">3</a><a href="x.html">更多新闻</a>`, 'http://www.x.gov.cn/002001/moreinfo.html')).toEqual([
      'http://www.x.gov.cn/002001/2.html',
    ]);
    const hanweb = `<script>var totalPage = 3;</script><a href="index.html?uid=7&pageNum=2">下一页</a>`;
    expect(nextListPages(hanweb, 'http://www.x.gov.cn/col/col1/index.html?uid=7&pageNum=1')).toEqual([
      'http://www.x.gov.cn/col/col1/index.html?uid=7&pageNum=2',
      'http://www.x.gov.cn/col/col1/index.html?uid=7&pageNum=3',
    ]);
  });

  it('reads a JSON list API answer whatever its nesting', () => {
    const json = { code: 0, result: { list: [{ docTitle: '某县2023年政府信息公开工作年度报告', docUrl: '/a/1.html', docRelTime: '2024-01-31 10:00' }, { id: 3 }] } };
    expect(jsonListEntries(json, base)).toEqual([{ url: 'http://www.x.gov.cn/a/1.html', title: '某县2023年政府信息公开工作年度报告', date: '2024-01-31' }]);
  });

  it('lists attachments by path, query or link text, report-like names first', () => {
    const html = `<a href="/u/photo.jpg">图片</a><a href="/dl.jsp?f=1/nb.pdf">下载</a><a href="/attach?id=3">某县2023年政府信息公开工作年度报告.docx</a><a href="/x.html">正文</a>`;
    expect(attachmentsOf(html, base).map((a) => a.href)).toEqual(['http://www.x.gov.cn/attach?id=3', 'http://www.x.gov.cn/u/photo.jpg', 'http://www.x.gov.cn/dl.jsp?f=1/nb.pdf']);
  });
});
