import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';

/**
 * Reading a government site's annual-report column (政府信息公开年报): the list pages' entries and their
 * pagination, which entry is the report of a given year, and what a detail page offers (its own body, or
 * attachments). Pure functions over the page text: the fetcher brings the pages.
 *
 * Layouts seen on county sites: TRS WCM (index.htm, index_1.htm … written by createPageHTML(total, current,
 * 'index', 'htm') in a script, articles at ./202402/t20240220_80629.htm), Hanweb/JCMS (…/col/col123/index.html
 * with `?uid=…&pageNum=2`, or the list rendered from a <script type="text/xml"> record set), Epoint WebBuilder
 * (…/002001/moreinfo.html, 2.html, 3.html), and plain static lists with 下一页 links; some load their list as
 * JSON from an API.
 */

export type Link = { href: string; text: string };
export type ListEntry = { url: string; title: string; date: string | null };

/** Extensions of the documents a report comes as. */
export const DOCUMENT_EXTENSIONS = ['pdf', 'doc', 'docx', 'wps', 'rtf', 'odt', 'txt', 'jpg', 'jpeg', 'png', 'tif', 'tiff'] as const;
const DOCUMENT_PATH = new RegExp(`\\.(${DOCUMENT_EXTENSIONS.join('|')})$`, 'i');

const SPACE = /[\s\u00a0\u3000]+/g;

function resolveUrl(href: string, base: string): string | null {
  const h = href.trim();
  if (h === '' || /^(?:javascript|mailto|tel|data):/i.test(h) || h.startsWith('#')) return null;
  try {
    const url = new URL(h, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';

    return url.href;
  } catch {
    return null;
  }
}

/** Every <a href> of a page with its visible text (or title attribute), resolved against the page's address. */
export function linksOf(html: string, baseUrl: string): Link[] {
  const links: Link[] = [];
  let current: { href: string; text: string; title: string } | null = null;
  let skip = 0;
  let base = baseUrl;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'script' || name === 'style') skip++;
        if (name === 'base' && attrs['href']) base = resolveUrl(attrs['href'], baseUrl) ?? baseUrl;
        if (name === 'a' && attrs['href'] !== undefined) current = { href: attrs['href'], text: '', title: attrs['title'] ?? '' };
      },
      ontext(text) {
        if (current && skip === 0) current.text += text;
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') skip = Math.max(0, skip - 1);
        if (name === 'a' && current) {
          const url = resolveUrl(decodeHTML(current.href), base);
          const text = (current.text.replace(SPACE, ' ').trim() || current.title.trim()).replace(SPACE, ' ');
          if (url) links.push({ href: url, text });
          current = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  return links;
}

const CHINESE_DIGITS: Record<string, string> = { 〇: '0', 零: '0', Ｏ: '0', O: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** Years written in a title, in Arabic or Chinese numerals (2023, ２０２３, 二〇二三, 二零二三). */
export function yearsIn(text: string): number[] {
  const normal = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
  const years = new Set<number>();
  for (const m of normal.matchAll(/(?<!\d)(19|20)(\d{2})(?!\d)/g)) years.add(Number(`${m[1]}${m[2]}`));
  for (const m of normal.matchAll(/[〇零Ｏ一二三四五六七八九]{4}/g)) {
    const digits = [...m[0]].map((c) => CHINESE_DIGITS[c] ?? '').join('');
    if (/^(19|20)\d{2}$/.test(digits)) years.add(Number(digits));
  }

  return [...years];
}

/**
 * Is this the title of a body's annual disclosure report for `year`? 政府信息公开 + 年度报告 / 年报 / 工作报告
 * and the year; not a notice about reports, a list of them, or a report on something else.
 */
export function isAnnualReportTitle(title: string, year: number): boolean {
  const t = title.replace(SPACE, '');
  if (!/(?:政府)?信息公开/.test(t) && !/年报/.test(t)) return false;
  if (!/年度?报告|年报|工作报告/.test(t)) return false;
  // 关于…年报的通知 / 年报发布情况 / 目录 are about reports, not reports.
  if (/通知|公告|公示|情况通报|目录|汇总|解读|评估|考核|督查|检查/.test(t) && !/年度报告$|年报$/.test(t)) return false;
  const years = yearsIn(t);

  return years.length > 0 && years[0] === year;
}

const DATE = /(20\d{2})[-./年](\d{1,2})[-./月](\d{1,2})/;

/**
 * The entries of a list page: its links with a title, each with the date printed near it when the page prints
 * one (a date in the link text, or in the same list item).
 */
export function listEntries(html: string, baseUrl: string): ListEntry[] {
  const out: ListEntry[] = [];
  const seen = new Set<string>();
  for (const link of linksOf(html, baseUrl)) {
    if (link.text.length < 6 || seen.has(link.href)) continue;
    seen.add(link.href);
    const m = DATE.exec(link.text);
    out.push({ url: link.href, title: link.text.replace(DATE, '').trim(), date: m ? `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}` : null });
  }
  // A date printed beside the link (<li><a>…</a><span>2024-01-30</span></li>) is read from the markup.
  for (const m of html.matchAll(/<a\b[^>]*href\s*=\s*["']([^"']+)["'][^>]*>[\s\S]{0,400}?<\/a>\s*(?:<[^>]+>\s*){0,3}\[?\s*(20\d{2}[-./年]\d{1,2}[-./月]\d{1,2})/gi)) {
    const url = resolveUrl(decodeHTML(m[1] as string), baseUrl);
    const entry = out.find((e) => e.url === url);
    const d = DATE.exec(m[2] as string);
    if (entry && entry.date === null && d) entry.date = `${d[1]}-${(d[2] as string).padStart(2, '0')}-${(d[3] as string).padStart(2, '0')}`;
  }

  return out;
}

/** The other pages of a paginated list, in order, as far as the page tells (at most `limit`). */
export function nextListPages(html: string, pageUrl: string, limit = 20): string[] {
  const out: string[] = [];
  const add = (url: string | null) => {
    if (url && url !== pageUrl && !out.includes(url) && out.length < limit) out.push(url);
  };
  // TRS WCM: createPageHTML(total, current, 'index', 'htm'): index.htm, index_1.htm … index_{total-1}.htm.
  const trs = /createPageHTML\(\s*['"]?(\d+)['"]?\s*,\s*['"]?(\d+)['"]?\s*,\s*['"]([\w-]+)['"]\s*,\s*['"](\w+)['"]/.exec(html);
  if (trs) {
    const total = Number(trs[1]);
    const name = trs[3] as string;
    const ext = trs[4] as string;
    for (let i = 0; i < Math.min(total, limit + 1); i++) add(resolveUrl(i === 0 ? `${name}.${ext}` : `${name}_${i}.${ext}`, pageUrl));
  }
  const links = linksOf(html, pageUrl);
  // Hanweb/JCMS and many others: ?pageNum=2 / ?page=2 / &pageindex=2 links; Epoint: 2.html, 3.html beside moreinfo.html.
  const numbered = links.filter((l) => /^\d{1,3}$/.test(l.text) || /^(?:下一?页|下页|>|›|»|后页|尾页|末页)$/.test(l.text));
  for (const l of numbered) add(l.href);
  // A "total pages" count with a page parameter in a script: totalPage = 5 … pageNum=
  const total = /(?:totalPage|pageCount|totalpage|page_count)\s*[=:]\s*['"]?(\d{1,3})/.exec(html);
  const param = /[?&](pageNum|pageindex|page|pageNo|currentPage)=\d+/i.exec(links.map((l) => l.href).join(' '));
  if (total && param) {
    const base = new URL(pageUrl);
    for (let i = 2; i <= Math.min(Number(total[1]), limit + 1); i++) {
      base.searchParams.set(param[1] as string, String(i));
      add(base.href);
    }
  }

  return out.filter((u) => {
    try {
      return new URL(u).host === new URL(pageUrl).host;
    } catch {
      return false;
    }
  });
}

/** Entries of a JSON list API answer: any array of objects with a title-like and a URL-like field, searched to depth 4. */
export function jsonListEntries(json: unknown, baseUrl: string): ListEntry[] {
  const out: ListEntry[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 4 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) {
        if (item && typeof item === 'object' && !Array.isArray(item)) {
          const record = item as Record<string, unknown>;
          const title = ['title', 'Title', 'name', 'docTitle', 'infoTitle', 'biaoti'].map((k) => record[k]).find((v) => typeof v === 'string') as string | undefined;
          const link = ['url', 'Url', 'link', 'href', 'docUrl', 'infoUrl', 'pubUrl'].map((k) => record[k]).find((v) => typeof v === 'string') as string | undefined;
          const date = ['date', 'pubDate', 'publishDate', 'docRelTime', 'time', 'infoDate'].map((k) => record[k]).find((v) => typeof v === 'string') as string | undefined;
          const url = link ? resolveUrl(link, baseUrl) : null;
          if (title && url) {
            const d = date ? DATE.exec(date) : null;
            out.push({ url, title: title.replace(SPACE, ' ').trim(), date: d ? `${d[1]}-${(d[2] as string).padStart(2, '0')}-${(d[3] as string).padStart(2, '0')}` : null });
            continue;
          }
        }
        visit(item, depth + 1);
      }

      return;
    }
    for (const value of Object.values(node as Record<string, unknown>)) visit(value, depth + 1);
  };
  visit(json, 0);

  return out;
}

/** The documents a detail page links to (attachments), report-like names first. */
export function attachmentsOf(html: string, pageUrl: string): Link[] {
  // Download scripts (downfile.jsp?x=….pdf, /attach?id=3 named 报告.pdf) name the file in the query or the link text.
  const docs = linksOf(html, pageUrl).filter((l) => {
    try {
      const url = new URL(l.href);

      return DOCUMENT_PATH.test(url.pathname) || DOCUMENT_PATH.test(url.search) || DOCUMENT_PATH.test(l.text);
    } catch {
      return false;
    }
  });
  const unique = [...new Map(docs.map((d) => [d.href, d])).values()];

  return unique.sort((a, b) => Number(/报告|年报/.test(b.text)) - Number(/报告|年报/.test(a.text)));
}
