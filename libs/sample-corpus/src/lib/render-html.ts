import * as iconv from 'iconv-lite';

import { buildLayout, type LayoutCell, type LayoutTable, type SampleLayout } from './layout';
import { type SampleReport } from './model';

const P_STYLE =
  'TEXT-JUSTIFY: inter-ideograph; TEXT-ALIGN: justify; LINE-HEIGHT: 29.5pt; TEXT-INDENT: 34pt; MARGIN: 0pt; FONT-FAMILY: 仿宋_GB2312; FONT-SIZE: 16pt';
const TITLE_STYLE = 'text-align:center;LINE-HEIGHT: 29.5pt; MARGIN: 0pt; FONT-FAMILY: 方正小标宋简体; FONT-SIZE: 22pt';

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function cellHtml(c: LayoutCell, sample: SampleReport): string {
  const attrs = `${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}`;
  let inner: string;
  if (c.text === '') {
    inner = '<p><span>&nbsp;</span></p>';
  } else {
    const lines = c.text.split('\n').map(esc);
    const pad = c.value && sample.style.nbspPadding ? '&nbsp;' : '';
    inner = sample.style.brBreaks
      ? `<p><span>${pad}${lines.join('</span><span><br/></span><span>')}</span></p>`
      : lines.map((l) => `<p><span>${pad}${l}</span></p>`).join('');
  }

  return `<td valign="center"${attrs}>${inner}</td>`;
}

function tableHtml(table: LayoutTable, sample: SampleReport): string {
  const rows = table.rows.map((row, i) => `<tr${i === 0 ? ' class="firstRow"' : ''}>${row.map((c) => cellHtml(c, sample)).join('')}</tr>`);

  return `<table cellspacing="0" align="center" border="1"><tbody>${rows.join('')}</tbody></table>`;
}

/** The article body as a Word export pasted into the CMS editor (TRS_Editor in most sites). */
function articleHtml(sample: SampleReport, layout: SampleLayout): string {
  const parts: string[] = ['<p><br/></p>'];
  for (const block of layout.blocks) {
    switch (block.kind) {
      case 'title':
        for (const line of block.lines) parts.push(`<p style="${TITLE_STYLE}"><span>${esc(line)}</span></p>`);
        parts.push(`<p style="${P_STYLE}">&nbsp;</p>`);
        break;
      case 'heading':
        parts.push(`<p style="${P_STYLE}"><span style="FONT-FAMILY: 黑体; FONT-SIZE: 16pt">${esc(block.text)}</span></p>`);
        break;
      case 'paragraph':
        parts.push(`<p style="${P_STYLE}"><span style="FONT-FAMILY: 仿宋_GB2312; FONT-SIZE: 16pt">${esc(block.text)}</span></p>`);
        break;
      case 'table':
        parts.push(tableHtml(block.table, sample));
        break;
      case 'signature':
        for (const line of block.lines) parts.push(`<p style="text-align:right;${P_STYLE}"><span>${esc(line)}</span></p>`);
        break;
    }
  }
  const body = parts.join('');

  return sample.style.cms === 'trs' ? `<div class=TRS_Editor>${body}</div>` : body;
}

/**
 * A county government CMS page around the article: head with meta tags, navigation, breadcrumb, article
 * info line, footer and scripts (like the real pingtan pages). UTF-8 mostly; GBK with a matching meta
 * charset for the sites that still serve it.
 */
export function renderHtml(sample: SampleReport, layout: SampleLayout = buildLayout(sample)): Uint8Array {
  const gbk = sample.style.htmlEncoding === 'gbk' && !sample.style.traditional;
  const county = sample.region.name;
  const site = `${county}人民政府`;
  const host = `www.${sample.region.code}.gov.cn`;
  const title = esc(layout.title);
  const charsetMeta = gbk ? '<meta http-equiv="Content-Type" content="text/html; charset=gbk" />' : '<meta charset="utf-8" />';
  const pub = `${sample.publishedOn} ${String(9 + (sample.year % 8)).padStart(2, '0')}:${String((sample.year * 7) % 60).padStart(2, '0')}`;
  const html = `<!DOCTYPE html>
<html>
  <head>
    ${charsetMeta}
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="SiteName" content="${esc(site)}"/>
    <meta name="SiteDomain" content="${host}"/>
    <meta name="ColumnName" content="政府信息公开年报"/>
    <meta name="ArticleTitle" content="${title}"/>
    <meta name="PubDate" content="${pub}"/>
    <meta name="ContentSource" content="${esc(county)}人民政府办公室"/>
    <title>${title}_政府信息公开年报_${esc(site)}</title>
    <link rel="stylesheet" type="text/css" href="/images/common.css" />
    <script type="text/javascript" src="/js/jquery.min.js"></script>
    <script type="text/javascript">
      var _hmt = _hmt || [];
      function changeFont(size) { var el = document.getElementById('zoom'); if (el) { el.style.fontSize = size + 'px'; } }
    </script>
  </head>
  <body>
    <div class="header">
      <div class="logo"><a href="/"><img src="/images/logo.png" alt="${esc(site)}" /></a></div>
      <ul class="nav">
        <li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li>
        <li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxq/">走进${esc(county)}</a></li>
      </ul>
    </div>
    <div class="main">
      <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgknb/">政府信息公开年报</a></div>
      <div class="article">
        <div class="article_title">${title}</div>
        <div class="article_info"><span>发布时间：${pub}</span><span>来源：${esc(county)}人民政府办公室</span><span>字号：<a href="javascript:changeFont(18)">大</a> <a href="javascript:changeFont(16)">中</a> <a href="javascript:changeFont(14)">小</a></span></div>
        <div class="article_content" id="zoom">${articleHtml(sample, layout)}</div>
        <div class="article_tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
      </div>
    </div>
    <div class="footer">
      <p>主办：${esc(site)}办公室\u3000\u3000承办：${esc(county)}融媒体中心</p>
      <p>网站标识码：${sample.region.code}0001\u3000\u3000<a href="https://beian.miit.gov.cn/">ICP备案号：示例ICP备${sample.region.code}号</a></p>
    </div>
    <script type="text/javascript">
      (function () { var s = document.createElement('script'); s.src = '/js/stat.js?site=${sample.region.code}'; document.body.appendChild(s); })();
    </script>
  </body>
</html>
`;

  return gbk ? new Uint8Array(iconv.encode(html, 'gbk')) : new TextEncoder().encode(html);
}
