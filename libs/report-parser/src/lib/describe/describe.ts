import { type IssuerKind, type ReportScope } from '@gongkai/domain';

import { type DocumentModel } from '../model/document-model';
import { type ParsedLocation } from '../model/parsed-report';
import { type SectionHit } from '../locate/sections';
import { compact, nfkc, stripBookmarks } from '../normalise/text';
import { isBelowRuleMakingLevel, issuerKindOf } from './issuer';

/** What the text says about the report itself (spec §8): title, issuer, year, dates, scope, location. */
export type Description = {
  title: string | null;
  issuer: string | null;
  issuerKind: IssuerKind;
  /** True/false when the name tells whether the issuer may make 规章; null when it cannot. */
  belowRuleMakingLevel: boolean | null;
  year: number | null;
  publishedOn: string | null;
  period: { start: string; end: string } | null;
  scope: ReportScope;
  location: ParsedLocation;
  sampleData: boolean;
  /** Paragraph text, NFKC and whitespace removed, for narrative checks. */
  body: string;
};

/** Spec §8.1 title pattern, applied after NFKC and whitespace removal. */
const TITLE = /^(?:(\d{4})年度?)?(.+?)(?:(\d{4})年度?)?政[府务]信息公[开開](?:工作)?(?:的)?年度?[报報]告$/;

function matchTitle(text: string): { title: string; issuer: string; year: number | null } | null {
  const m = TITLE.exec(text);
  if (!m) return null;
  const issuer = (m[2] as string).replace(/^关于/, '').replace(/的$/, '');
  const yearText = m[1] ?? m[3];
  if (issuer === '' || !/[\u4e00-\u9fff]/.test(issuer)) return null;

  return { title: text, issuer, year: yearText ? Number(yearText) : null };
}

const toKey = (text: string) => compact(stripBookmarks(nfkc(text)));

function bodyTitle(model: DocumentModel, limit: number): ReturnType<typeof matchTitle> {
  let previous = '';
  let seen = 0;
  for (const block of model.blocks) {
    if (seen >= limit) break;
    seen += 1;
    if (block.kind !== 'paragraph') {
      previous = '';
      continue;
    }
    const line = toKey(block.text);
    if (line.length <= 80 && /[报報]告$/.test(line)) {
      const alone = matchTitle(line);
      if (alone?.year) return alone;
      // Title split over two lines (D19): '工布江达县2020年政府信息公开工作' ⏎ '年度报告'.
      if (previous !== '' && previous.length <= 40 && !/[。；;:：]$/.test(previous)) {
        const joined = matchTitle(previous + line);
        if (joined) return joined;
      }
      if (alone) return alone;
    }
    previous = line;
  }

  return null;
}

function metaTitle(model: DocumentModel): ReturnType<typeof matchTitle> {
  const tags = model.meta.metaTags ?? {};
  for (const candidate of [tags['articletitle'], tags['title'], tags['og:title'], model.meta.title]) {
    if (!candidate) continue;
    // <title> usually reads '报告标题_栏目_网站'.
    for (const part of candidate.split(/[_|｜]| - | — /)) {
      const hit = matchTitle(toKey(part));
      if (hit) return hit;
    }
  }

  return null;
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 4) {
    // Years written digit by digit: 二〇二一.
    let out = 0;
    for (const ch of text) {
      const d = CN_DIGITS[ch];
      if (d === undefined || d > 9) return null;
      out = out * 10 + d;
    }

    return out;
  }
  // 1–31 written as 八, 十二, 二十, 三十一.
  let total = 0;
  const ten = text.indexOf('十');
  if (ten === -1) return CN_DIGITS[text] ?? null;
  const tens = ten === 0 ? 1 : (CN_DIGITS[text.slice(0, ten)] ?? NaN);
  const units = ten === text.length - 1 ? 0 : (CN_DIGITS[text.slice(ten + 1)] ?? NaN);
  total = tens * 10 + units;

  return Number.isFinite(total) ? total : null;
}

function isoDate(y: number | null, m: number | null, d: number | null): string | null {
  if (y === null || m === null || d === null || y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;

  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE_LINE = /^([\d〇零O一二三四五六七八九]{4})年([\d一二三四五六七八九十]{1,3})月([\d一二三四五六七八九十]{1,3})日$/;
const PAGE_DATE = /(?:发布|公开|成文|时间|日期)[^:：]{0,4}[:：]?(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})/;

function publishedOn(model: DocumentModel): string | null {
  // The date printed under the signature: the last paragraph that is only a date.
  for (let i = model.blocks.length - 1; i >= 0; i -= 1) {
    const block = model.blocks[i];
    if (block?.kind !== 'paragraph' || block.text.length > 30) continue;
    const m = DATE_LINE.exec(toKey(block.text));
    if (!m) continue;
    const date = isoDate(chineseNumber(m[1] as string), chineseNumber(m[2] as string), chineseNumber(m[3] as string));
    if (date) return date;
  }
  if (model.format === 'html') {
    // The page's own date line ('来源：… 时间：2025-03-10 15:35', '发布日期：…').
    for (const block of model.blocks) {
      if (block.kind !== 'paragraph' || block.text.length > 160) continue;
      const m = PAGE_DATE.exec(nfkc(block.text));
      if (!m) continue;
      const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
      if (date) return date;
    }
    const tags = model.meta.metaTags ?? {};
    for (const name of ['pubdate', 'publishdate', 'firstpublishedtime', 'article:published_time', 'dc.date']) {
      const m = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(tags[name] ?? '');
      const date = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
      if (date) return date;
    }
  }

  return null;
}

const PERIOD = /(\d{4})年(\d{1,2})月(\d{1,2})日(?:起)?(?:至|到|-|—|~|～)(\d{4})年(\d{1,2})月(\d{1,2})日/g;

function period(body: string): { start: string; end: string } | null {
  let best: { start: string; end: string } | null = null;
  PERIOD.lastIndex = 0;
  for (let i = 0; i < 20; i += 1) {
    const m = PERIOD.exec(body);
    if (!m) break;
    const start = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    const end = isoDate(Number(m[4]), Number(m[5]), Number(m[6]));
    if (!start || !end) continue;
    const context = body.slice(Math.max(0, m.index - 20), m.index);
    if (/统计|期限|时限|期间/.test(context)) return { start, end };
    best ??= { start, end };
  }

  return best;
}

// No nested bounded repeats: the body can be long and these run over all of it.
const AGGREGATE = /汇总.{0,20}(?:编制|形成|而成|年报|报告)|综合.{0,30}(?:编制|汇总)/;
/** Narrative regexes run over at most this much text (a report body is a few thousand characters). */
const MAX_BODY_CHARS = 200_000;

function location(model: DocumentModel, body: string, sourceUrl?: string): ParsedLocation {
  const address = /(?:单位地址|联系地址|通讯地址|办公地址|通信地址|地址)[:：]?([^;；,，。)）]{4,60})/.exec(body)?.[1];
  const postcode = /邮(?:政)?编(?:码)?[:：为]?(\d{6})(?!\d)/.exec(body)?.[1];
  const phones: string[] = [];
  const areaCodes: string[] = [];
  const phone = /(?<!\d)(0\d{2,3})-(\d{7,8})(?!\d)/g;
  for (let i = 0; i < 10; i += 1) {
    const m = phone.exec(body);
    if (!m) break;
    if (!phones.includes(m[0])) phones.push(m[0]);
    if (!areaCodes.includes(m[1] as string)) areaCodes.push(m[1] as string);
  }
  const hosts: string[] = [];
  const addHost = (value: string | undefined) => {
    if (!value) return;
    const m = /^(?:[a-z]+:\/\/)?([^/:?#\s]+)/i.exec(value.trim());
    const host = m?.[1]?.toLowerCase();
    if (host && host.includes('.') && !hosts.includes(host)) hosts.push(host);
  };
  const tags = model.meta.metaTags ?? {};
  addHost(sourceUrl);
  addHost(tags['url']);
  addHost(tags['canonical']);
  addHost(tags['og:url']);
  addHost(tags['sitedomain']);
  const named = /(?:https?:\/\/)?((?:[a-z0-9-]+\.)+gov\.cn)/gi;
  for (let i = 0; i < 10; i += 1) {
    const m = named.exec(body);
    if (!m) break;
    addHost(m[1]);
  }

  return { ...(address ? { address } : {}), ...(postcode ? { postcode } : {}), phones, areaCodes, hosts };
}

export function describe(model: DocumentModel, sections: readonly SectionHit[], options: { sourceUrl?: string } = {}): Description {
  const parts: string[] = [];
  for (const block of model.blocks) if (block.kind === 'paragraph') parts.push(block.text);
  const joined = parts.join('\n');
  const body = toKey(joined.length > MAX_BODY_CHARS ? joined.slice(0, MAX_BODY_CHARS) : joined);
  const firstHeading = sections[0]?.blockIndex ?? model.blocks.length;
  const limit = Math.min(model.blocks.length, firstHeading + 1, 400);
  const fromBody = bodyTitle(model, limit);
  const fromMeta = metaTitle(model);
  // HTML pages state the canonical title in their metadata (body titles are often split or absent); other
  // formats print it at the top of the document.
  const title = model.format === 'html' ? (fromMeta ?? fromBody) : (fromBody ?? fromMeta);
  const per = period(body);
  const issuer = title?.issuer ?? null;
  const kind = issuerKindOf(issuer);
  const published = publishedOn(model);
  const year = title?.year ?? (per ? Number(per.start.slice(0, 4)) : null);

  return {
    title: title?.title ?? null,
    issuer,
    issuerKind: kind,
    belowRuleMakingLevel: isBelowRuleMakingLevel(issuer, kind),
    year,
    publishedOn: published,
    period: per,
    scope: AGGREGATE.test(body) ? 'aggregate' : 'unknown',
    location: location(model, body, options.sourceUrl),
    sampleData: body.includes('样例数据') || body.includes('示例数据'),
    body,
  };
}
