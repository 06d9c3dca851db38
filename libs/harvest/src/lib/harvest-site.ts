import { type IngestResult, sha256Of } from '@gongkai/report-store';

import { type ListEntry, DOCUMENT_EXTENSIONS, attachmentsOf, isAnnualReportTitle, jsonListEntries, listEntries, nextListPages } from './discovery';
import { type FetchedPage, HarvestFetchError, type PoliteFetcher } from './fetcher';

/** One registered site: the address of a region's (or one body's) annual-report column. */
export type Site = { regionCode: string; url: string; issuer?: string | null };

/** What a check of one site found, the evidence coverage uses. */
export type SiteCheckResult = 'found' | 'not_found' | 'unreachable';

/** A document fetched and handed to the report store, with where and when it came from. */
export type HarvestedDocument = {
  url: string;
  fetchedAt: Date;
  httpStatus: number;
  etag: string | null;
  lastModified: string | null;
  /** Of the bytes fetched; null when the fetch failed. */
  sha256: string | null;
  /** The store's answer (ingested, superseded, duplicate, or rejected with its reason). */
  ingest: IngestResult;
};

export type SiteOutcome = {
  site: Site;
  year: number;
  result: SiteCheckResult;
  checkedAt: Date;
  /** The page the report was found on, else the column that was searched. */
  url: string;
  /** In words, for the result line and the evidence note (Chinese), e.g. 未找到 2024 年度报告（已查 3 页列表）. */
  note: string;
  listPagesRead: number;
  documents: HarvestedDocument[];
};

/** How a fetched document enters the product: the report store's write path, with the site's region. */
export type StoreDocument = (doc: { bytes: Uint8Array; fileName: string; sourceUrl: string; regionCode: string }) => Promise<IngestResult>;

export type HarvestSiteOptions = { fetcher: PoliteFetcher; store: StoreDocument; maxListPages?: number; now?: () => Date };

const DOCUMENT_PATH = new RegExp(`\\.(${DOCUMENT_EXTENSIONS.join('|')})$`, 'i');
const STORED = new Set<IngestResult['status']>(['ingested', 'superseded', 'duplicate']);

function isHtml(page: FetchedPage): boolean {
  const type = (page.contentType ?? '').toLowerCase();
  if (type.includes('html')) return true;
  if (type !== '' && !type.startsWith('text/plain')) return false;

  return /^\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<table)/i.test(Buffer.from(page.body.subarray(0, 512)).toString('latin1'));
}

function isJson(page: FetchedPage): boolean {
  return (page.contentType ?? '').toLowerCase().includes('json') || /^\s*[[{]/.test(Buffer.from(page.body.subarray(0, 64)).toString('latin1'));
}

function text(page: FetchedPage): string {
  return Buffer.from(page.body).toString('utf8');
}

const TYPE_EXTENSIONS: [RegExp, string][] = [
  [/pdf/i, 'pdf'],
  [/officedocument\.wordprocessingml/i, 'docx'],
  [/msword/i, 'doc'],
  // Converted by LibreOffice in the store (detected by content; the extension only names the file).
  [/rtf/i, 'rtf'],
  [/opendocument\.text/i, 'odt'],
  [/ms-works|kswps|wps-office/i, 'wps'],
  [/image\/jpe?g/i, 'jpg'],
  [/image\/png/i, 'png'],
];

/** A file name with the right extension: the URL's, the link text's (downfile.jsp?…), or the content type's. */
function fileNameOf(url: string, page: FetchedPage, linkText?: string): string {
  const u = new URL(url);
  const last = decodeURIComponent(u.pathname.split('/').pop() ?? '') || 'index.html';
  if (DOCUMENT_PATH.test(last) || /\.s?html?$/i.test(last)) return last;
  const named = [linkText ?? '', decodeURIComponent(u.search)].map((t) => t.trim().split(/[/=&\s]/).pop() ?? '').find((t) => DOCUMENT_PATH.test(t));
  if (named) return named;
  if (isHtml(page)) return `${last}.html`;
  const byType = TYPE_EXTENSIONS.find(([type]) => type.test(page.contentType ?? ''));

  return byType ? `${last}.${byType[1]}` : last;
}

/**
 * Checks one site for the report of `year`: reads the column's list pages (following their pagination), picks the
 * entries titled as that year's annual report, and takes the report from the detail page — the page itself when the
 * store reads it as a report, otherwise its attachments, report-like names first. Every fetch goes through the
 * polite fetcher; every document through the report store. Never throws for what a site does: an unreachable
 * column is the result `unreachable`, with the reason.
 */
export async function harvestSite(site: Site, year: number, options: HarvestSiteOptions): Promise<SiteOutcome> {
  const now = options.now ?? (() => new Date());
  const maxPages = options.maxListPages ?? 10;
  const base = { site, year, checkedAt: now(), documents: [] as HarvestedDocument[] };

  let first: FetchedPage;
  try {
    first = await options.fetcher.fetch(site.url);
  } catch (error) {
    const reason = error instanceof HarvestFetchError ? error.messageZh : String(error);

    return { ...base, result: 'unreachable', url: site.url, note: `栏目无法访问：${reason}`, listPagesRead: 0 };
  }

  // The list: its pages in order, each read once.
  const entries: ListEntry[] = [];
  const queue: { url: string; page: FetchedPage | null }[] = [{ url: first.url, page: first }];
  const seen = new Set<string>([first.url, site.url]);
  let pagesRead = 0;
  const failures: string[] = [];
  while (queue.length > 0 && pagesRead < maxPages) {
    const next = queue.shift() as { url: string; page: FetchedPage | null };
    let page = next.page;
    if (!page) {
      try {
        page = await options.fetcher.fetch(next.url);
      } catch (error) {
        failures.push(`${next.url}：${error instanceof HarvestFetchError ? error.messageZh : String(error)}`);
        continue;
      }
    }
    pagesRead++;
    if (isJson(page) && !isHtml(page)) {
      try {
        entries.push(...jsonListEntries(JSON.parse(text(page)) as unknown, page.url));
      } catch {
        failures.push(`${page.url}：列表不是有效的 JSON`);
      }
      continue;
    }
    const html = text(page);
    entries.push(...listEntries(html, page.url));
    // Stop paging once this year's report is listed: lists run newest first.
    if (entries.some((e) => isAnnualReportTitle(e.title, year))) break;
    for (const url of nextListPages(html, page.url)) {
      if (!seen.has(url)) {
        seen.add(url);
        queue.push({ url, page: null });
      }
    }
  }

  const wanted = [...new Map(entries.filter((e) => isAnnualReportTitle(e.title, year)).map((e) => [e.url, e])).values()];
  // A body's own site may list the reports of its departments too: with an issuer named, its own title first.
  if (site.issuer) wanted.sort((a, b) => Number(b.title.includes(site.issuer as string)) - Number(a.title.includes(site.issuer as string)));
  if (wanted.length === 0) {
    const failed = failures.length > 0 ? `；${failures.length} 页无法读取` : '';

    return { ...base, result: 'not_found', url: site.url, note: `未找到 ${year} 年度报告（已查 ${pagesRead} 页列表${failed}）`, listPagesRead: pagesRead };
  }

  for (const entry of wanted) {
    const documents = await takeReport(entry.url, site, options);
    base.documents.push(...documents);
    if (documents.some((d) => STORED.has(d.ingest.status))) {
      return { ...base, result: 'found', url: entry.url, note: `找到「${entry.title}」`, listPagesRead: pagesRead };
    }
  }
  // Titled as the report but nothing readable: the site published it (found), the product could not read it.
  const entry = wanted[0] as ListEntry;
  const reason = base.documents.map((d) => d.ingest.error?.messageZh).find((m) => m) ?? '页面和附件都无法读取';

  return { ...base, result: 'found', url: entry.url, note: `找到「${entry.title}」，但未能入库：${reason}`, listPagesRead: pagesRead };
}

/** The detail page: the page itself if the store reads it as a report, else its attachments until one is stored. */
async function takeReport(url: string, site: Site, options: HarvestSiteOptions): Promise<HarvestedDocument[]> {
  const out: HarvestedDocument[] = [];
  const take = async (page: FetchedPage, linkText?: string): Promise<HarvestedDocument> => {
    const ingest = await options.store({ bytes: page.body, fileName: fileNameOf(page.url, page, linkText), sourceUrl: page.url, regionCode: site.regionCode });
    const doc = { url: page.url, fetchedAt: page.fetchedAt, httpStatus: page.status, etag: page.etag, lastModified: page.lastModified, sha256: sha256Of(page.body), ingest };
    out.push(doc);

    return doc;
  };
  let page: FetchedPage;
  try {
    page = await options.fetcher.fetch(url);
  } catch (error) {
    out.push(failedFetch(url, error));

    return out;
  }
  if (!isHtml(page)) {
    await take(page);

    return out;
  }
  const inline = await take(page);
  if (STORED.has(inline.ingest.status)) return out;
  for (const attachment of attachmentsOf(text(page), page.url)) {
    let file: FetchedPage;
    try {
      file = await options.fetcher.fetch(attachment.href);
    } catch (error) {
      out.push(failedFetch(attachment.href, error));
      continue;
    }
    const doc = await take(file, attachment.text);
    if (STORED.has(doc.ingest.status)) break;
  }

  return out;
}

function failedFetch(url: string, error: unknown): HarvestedDocument {
  const e = error instanceof HarvestFetchError ? error : null;

  return {
    url,
    fetchedAt: new Date(),
    httpStatus: e?.status ?? 0,
    etag: null,
    lastModified: null,
    sha256: null,
    ingest: {
      fileName: url,
      status: 'rejected',
      reportId: null,
      error: { code: e?.code ?? 'NETWORK', messageZh: e?.messageZh ?? '无法下载', messageEn: e?.message ?? String(error) },
    } as IngestResult,
  };
}
