import { readFileSync } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { join } from 'node:path';

import { generateReportSeries, linzhiCounties, renderSample } from '@gongkai/sample-corpus';

/** The real corpus, read-only beside the repository (never copied into it). */
export const CORPUS = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'real');

export type Hit = { path: string; host: string | undefined };

/**
 * County sites on one loopback server, built from the real corpus pages, each in the layout of a common
 * government CMS, distinguished by path prefix:
 *   /trs/…     TRS WCM: list index.htm + index_1.htm (createPageHTML), the report inline on the detail page (平潭 2021)
 *   /hanweb/…  Hanweb/JCMS: col/col1234/index.html?uid=…&pageNum=2, the report as a PDF attachment (洪泽 2023)
 *   /epoint/…  Epoint WebBuilder: 002001/moreinfo.html → 2.html, a .docx attachment (a generated 林芝 county report)
 *   /json/…    a list loaded from a JSON API by the page's script
 *   /empty/…   a column with reports of other years only
 *   /private/… disallowed by robots.txt; /slow/… answers after 3 s; /missing/… 404; /broken/… 500
 *   /jump/…    redirects to a host that resolves to a private address
 */
export async function startFixtureSites(): Promise<{ origin: string; port: number; hits: Hit[]; close(): Promise<void> }> {
  const pingtan2021 = readFileSync(join(CORPUS, 'pingtan-2021', 'page.html'));
  const hongze2023 = readFileSync(join(CORPUS, 'hongze-2023', 'report.pdf'));
  const [county] = linzhiCounties();
  const sample = generateReportSeries({ region: county as never, years: [2024], seed: 'harvest-fixture' })[0];
  if (!sample) throw new Error('no generated sample');
  const docx = renderSample(sample, 'docx');
  const hits: Hit[] = [];

  const page = (title: string, body: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="nav"><a href="/">首页</a></div>${body}</body></html>`;
  const item = (href: string, title: string, date: string) => `<li><a href="${href}" title="${title}">${title}</a><span>${date}</span></li>`;
  const routes: Record<string, (res: ServerResponse) => void | Promise<void>> = {
    '/robots.txt': (res) => send(res, 200, 'text/plain', 'User-agent: *\nDisallow: /private/\n'),
    // TRS WCM: the 2021 report is on the second list page.
    '/trs/zfxxgknb/index.htm': (res) =>
      send(
        res,
        200,
        'text/html; charset=utf-8',
        page(
          '政府信息公开年报',
          `<ul>${item('./202302/t20230210_90001.htm', '平潭综合实验区2022年度政府信息公开工作年度报告', '2023-02-10')}${item('./202301/t20230105_90000.htm', '关于报送2022年政府信息公开工作年度报告的通知', '2023-01-05')}</ul>
           <script>createPageHTML(2, 0, "index", "htm");</script>`,
        ),
      ),
    '/trs/zfxxgknb/index_1.htm': (res) =>
      send(res, 200, 'text/html; charset=utf-8', page('政府信息公开年报', `<ul>${item('./202202/t20220208_80613.htm', '平潭综合实验区2021年度政府信息公开工作年度报告', '2022-02-08')}</ul>`)),
    '/trs/zfxxgknb/202202/t20220208_80613.htm': (res) => send(res, 200, 'text/html; charset=utf-8', pingtan2021),
    // Hanweb/JCMS: numbered pages by ?pageNum=, the report as a PDF attachment.
    '/hanweb/col/col1234/index.html': (res) =>
      send(
        res,
        200,
        'text/html; charset=utf-8',
        page(
          '年度报告',
          `<table><tr><td>${item('/hanweb/art/2024/3/1/art_1234_1.html', '淮安市洪泽区2023年政府网站工作年度报表', '2024-01-20')}</td></tr></table>
           <div class="page"><a href="/hanweb/col/col1234/index.html?uid=99&pageNum=1">1</a> <a href="/hanweb/col/col1234/index.html?uid=99&pageNum=2">2</a> <a href="/hanweb/col/col1234/index.html?uid=99&pageNum=2">下一页</a></div>`,
        ),
      ),
    '/hanweb/col/col1234/index.html?uid=99&pageNum=1': (res) => routes['/hanweb/col/col1234/index.html']?.(res),
    '/hanweb/col/col1234/index.html?uid=99&pageNum=2': (res) =>
      send(res, 200, 'text/html; charset=utf-8', page('年度报告', `<table><tr><td>${item('/hanweb/art/2024/2/26/art_1234_2.html', '洪泽区人民政府二〇二三年政府信息公开工作年度报告', '2024-02-26')}</td></tr></table>`)),
    '/hanweb/art/2024/2/26/art_1234_2.html': (res) =>
      send(res, 200, 'text/html; charset=utf-8', page('洪泽区人民政府2023年政府信息公开工作年度报告', `<p>现将本区2023年政府信息公开工作年度报告予以公布。</p><p>附件：<a href="/hanweb/module/download/downfile.jsp?x=1/hzq2023.pdf">洪泽区2023年政府信息公开工作年度报告.pdf</a></p>`)),
    '/hanweb/module/download/downfile.jsp?x=1/hzq2023.pdf': (res) => send(res, 200, 'application/pdf', hongze2023),
    // Epoint WebBuilder: moreinfo.html → 2.html; the report as a Word attachment.
    '/epoint/002001/moreinfo.html': (res) =>
      send(res, 200, 'text/html; charset=utf-8', page('政府信息公开年报', `<ul>${item('/epoint/002001/20250301/abc.html', `${sample.issuer}2023年政府信息公开工作年度报告`, '2024-03-01')}</ul><a href="/epoint/002001/2.html">2</a><a href="/epoint/002001/2.html">下页</a>`)),
    '/epoint/002001/2.html': (res) =>
      send(res, 200, 'text/html; charset=utf-8', page('政府信息公开年报', `<ul>${item('/epoint/002001/20250302/def.html', `${sample.issuer}2024年政府信息公开工作年度报告`, '2025-03-02')}</ul>`)),
    '/epoint/002001/20250302/def.html': (res) =>
      send(res, 200, 'text/html; charset=utf-8', page('年度报告', `<p>详见附件。</p><a href="/epoint/attach/report2024.docx">${sample.issuer}2024年政府信息公开工作年度报告.docx</a>`)),
    '/epoint/attach/report2024.docx': (res) => send(res, 200, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', Buffer.from(docx)),
    // A list loaded by script from a JSON API.
    '/json/list.json': (res) =>
      send(res, 200, 'application/json', JSON.stringify({ data: { records: [{ title: '平潭综合实验区2021年度政府信息公开工作年度报告', url: '/trs/zfxxgknb/202202/t20220208_80613.htm', pubDate: '2022-02-08' }] } })),
    '/empty/nb/index.html': (res) => send(res, 200, 'text/html; charset=utf-8', page('年报', `<ul>${item('/empty/nb/2019.html', '某县2019年政府信息公开工作年度报告', '2020-03-01')}</ul>`)),
    '/private/nb/index.html': (res) => send(res, 200, 'text/html; charset=utf-8', page('年报', '')),
    '/slow/nb/index.html': async (res) => {
      await new Promise((r) => setTimeout(r, 3000));
      send(res, 200, 'text/html; charset=utf-8', page('年报', ''));
    },
    '/broken/nb/index.html': (res) => send(res, 500, 'text/plain', 'internal error'),
    '/jump/nb/index.html': (res) => {
      res.writeHead(302, { location: 'http://intranet.example.gov.cn/admin/' });
      res.end();
    },
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    hits.push({ path, host: req.headers.host });
    const route = routes[path];
    if (!route) return send(res, 404, 'text/html; charset=utf-8', page('404', '页面不存在'));
    void route(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), etag: `"${Buffer.byteLength(body)}"` });
  res.end(body);
}
