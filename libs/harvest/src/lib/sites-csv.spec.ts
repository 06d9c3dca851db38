import { parseSitesCsv } from './sites-csv';

describe('site list CSV', () => {
  it('reads region_code,url[,issuer] with a header, a BOM, quotes and CRLF, and names every bad line', () => {
    const csv = '\ufeffregion_code,url,issuer\r\n540402,https://www.bayi.gov.cn/nb/,巴宜区人民政府\r\n"540421","http://x.gov.cn/a,b/"\r\n\r\n54040,http://y.gov.cn/\r\n540423,ftp://z.gov.cn/\r\n';
    expect(parseSitesCsv(csv)).toEqual({
      sites: [
        { regionCode: '540402', url: 'https://www.bayi.gov.cn/nb/', issuer: '巴宜区人民政府', line: 2 },
        { regionCode: '540421', url: 'http://x.gov.cn/a,b/', issuer: null, line: 3 },
      ],
      errors: [
        { line: 5, messageZh: '第 5 行：地区代码应为 6 位数字，实为「54040」' },
        { line: 6, messageZh: '第 6 行：网址无效「ftp://z.gov.cn/」' },
      ],
    });
  });
});
