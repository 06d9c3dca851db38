import { isIP } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

import robotsParser from 'robots-parser';
import { Agent, errors as undiciErrors, request } from 'undici';

import { AddressRefusedError, guardedLookup, isForbiddenAddress } from './address-guard';

export const HARVEST_USER_AGENT = 'GongkaiHarvester/0.1 (+https://github.com/gongkai; annual disclosure reports)';

export type FetchErrorCode =
  | 'BAD_URL'
  | 'ROBOTS_DISALLOWED'
  | 'ADDRESS_REFUSED'
  | 'REDIRECT_REFUSED'
  | 'TOO_MANY_REDIRECTS'
  | 'TIMEOUT'
  | 'TOO_LARGE'
  | 'HTTP_STATUS'
  | 'NETWORK';

const MESSAGES: Record<FetchErrorCode, string> = {
  BAD_URL: '网址无效（只支持 http 和 https）',
  ROBOTS_DISALLOWED: '该网站的 robots.txt 不允许抓取此地址',
  ADDRESS_REFUSED: '该地址指向内网、本机或保留地址，已拒绝访问',
  REDIRECT_REFUSED: '网页跳转到了其他网站，已拒绝跟随',
  TOO_MANY_REDIRECTS: '网页跳转次数过多',
  TIMEOUT: '网站响应超时',
  TOO_LARGE: '文件超过大小上限',
  HTTP_STATUS: '网站返回错误状态',
  NETWORK: '无法连接网站',
};

/** Why a fetch failed, for programs (code) and for people (messageZh). Nothing is retried past it. */
export class HarvestFetchError extends Error {
  readonly messageZh: string;

  constructor(
    readonly code: FetchErrorCode,
    readonly url: string,
    detail: string,
    readonly status: number | null = null,
  ) {
    super(`${code} ${url}: ${detail}`);
    this.messageZh = status === null ? MESSAGES[code] : `${MESSAGES[code]}（HTTP ${status}）`;
  }
}

export type FetchedPage = {
  /** The address asked for, and the one answered after redirects. */
  requestedUrl: string;
  url: string;
  status: number;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: Date;
  /** 304 to a conditional request: `body` is empty, the copy the caller has is current. */
  notModified: boolean;
  body: Uint8Array;
};

export type FetcherOptions = {
  /** Host names or addresses that may resolve to private addresses (HARVEST_ALLOW_HOSTS); also allowed redirect targets. */
  allowHosts?: ReadonlySet<string>;
  userAgent?: string;
  /** Pause between two requests to one host. */
  perHostDelayMs?: number;
  /** Whole request, headers and body. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Extra attempts after a network error, a timeout, 429 or 5xx, with exponential backoff from retryBaseMs. */
  retries?: number;
  retryBaseMs?: number;
  /** Called before every request that leaves the process (robots.txt included): tests assert on it. */
  onRequest?: (url: URL) => void;
  /** For tests: name resolution (defaults to the system's). */
  lookup?: Parameters<typeof guardedLookup>[1];
  /** Called with every address a connection is allowed to open to (after the guard): an audit trail. */
  onConnect?: (host: string, address: string) => void;
};

const DEFAULTS = { perHostDelayMs: 1000, timeoutMs: 30_000, maxBytes: 50 * 1024 * 1024, maxRedirects: 5, retries: 2, retryBaseMs: 1000 };

/** Registrable part of a host, enough to tell a site's own redirects (www.x.gov.cn → x.gov.cn) from a jump elsewhere. */
function siteOf(host: string): string {
  const labels = host.split('.');
  const secondLevel = new Set(['gov', 'com', 'net', 'org', 'edu', 'ac']);
  const keep = labels.length >= 3 && secondLevel.has(labels[labels.length - 2] as string) ? 3 : 2;

  return labels.slice(-keep).join('.');
}

/**
 * A polite, guarded HTTP client for harvesting: robots.txt honoured (one parse per origin), one request at a time
 * per host with a pause between them, a time and size limit on each answer, redirects followed by hand and only
 * within the site (or to an allowed host), conditional GETs, retries with backoff for transient failures, and
 * every connection's address checked after name resolution (see address-guard).
 */
export class PoliteFetcher {
  private readonly options: typeof DEFAULTS & Pick<FetcherOptions, 'onRequest'> & { allowHosts: ReadonlySet<string>; userAgent: string };
  private readonly agent: Agent;
  private readonly hostQueues = new Map<string, Promise<unknown>>();
  private readonly lastRequestAt = new Map<string, number>();
  private readonly robots = new Map<string, Promise<ReturnType<typeof robotsParser> | 'unreachable'>>();

  constructor(options: FetcherOptions = {}) {
    this.options = {
      ...DEFAULTS,
      ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
      allowHosts: options.allowHosts ?? new Set(),
      userAgent: options.userAgent ?? HARVEST_USER_AGENT,
    } as PoliteFetcher['options'];
    this.agent = new Agent({ connections: 1, connect: { lookup: guardedLookup(this.options.allowHosts, options.lookup, options.onConnect) as never, timeout: this.options.timeoutMs } });
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  /** GET a page or file: robots.txt first, then the request itself (queued per host). */
  async fetch(url: string, conditional: { etag?: string | null; lastModified?: string | null } = {}): Promise<FetchedPage> {
    const target = this.parse(url);
    const rules = await this.robotsFor(target);
    if (rules === 'unreachable') throw new HarvestFetchError('NETWORK', url, 'robots.txt could not be read (5xx or unreachable): the site is treated as closed (RFC 9309)');
    if (rules && rules.isAllowed(target.href, this.options.userAgent) === false) throw new HarvestFetchError('ROBOTS_DISALLOWED', url, 'disallowed by robots.txt');

    return this.fetchFollowing(target, conditional);
  }

  private parse(url: string): URL {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      throw new HarvestFetchError('BAD_URL', url, 'not a URL');
    }
    if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new HarvestFetchError('BAD_URL', url, `scheme ${target.protocol} is not fetched`);
    target.hash = '';

    return target;
  }

  private robotsFor(target: URL): Promise<ReturnType<typeof robotsParser> | 'unreachable' | null> {
    let rules = this.robots.get(target.origin);
    if (!rules) {
      const robotsUrl = new URL('/robots.txt', target.origin);
      rules = this.fetchFollowing(robotsUrl, {}, { allowStatus: true })
        .then((page) => {
          if (page.status >= 500) return 'unreachable' as const;
          // 4xx: no rules (RFC 9309 §2.3.1.3).
          return robotsParser(robotsUrl.href, page.status === 200 ? Buffer.from(page.body).toString('utf8') : '');
        })
        .catch((error: unknown) => {
          if (error instanceof HarvestFetchError && error.code === 'ADDRESS_REFUSED') throw error;

          return 'unreachable' as const;
        });
      this.robots.set(target.origin, rules);
    }

    return rules;
  }

  /** Same site, or a host the settings allow. */
  private mayRedirect(from: URL, to: URL): boolean {
    if (to.protocol !== 'http:' && to.protocol !== 'https:') return false;

    return to.hostname === from.hostname || siteOf(to.hostname) === siteOf(from.hostname) || this.options.allowHosts.has(to.hostname.toLowerCase());
  }

  private async fetchFollowing(start: URL, conditional: { etag?: string | null; lastModified?: string | null }, opts: { allowStatus?: boolean } = {}): Promise<FetchedPage> {
    let current = start;
    for (let hop = 0; hop <= this.options.maxRedirects; hop++) {
      const answer = await this.queued(current.host, () => this.once(current, hop === 0 ? conditional : {}));
      if (answer.redirect === null) {
        if (answer.page.status >= 400 && !opts.allowStatus) {
          throw new HarvestFetchError('HTTP_STATUS', current.href, `HTTP ${answer.page.status}`, answer.page.status);
        }

        return { ...answer.page, requestedUrl: start.href };
      }
      const next = new URL(answer.redirect, current);
      next.hash = '';
      if (!this.mayRedirect(start, next)) throw new HarvestFetchError('REDIRECT_REFUSED', current.href, `redirect to ${next.href} leaves the site`);
      current = next;
    }
    throw new HarvestFetchError('TOO_MANY_REDIRECTS', start.href, `more than ${this.options.maxRedirects} redirects`);
  }

  /** One request a host at a time, with the pause between them. */
  private queued<T>(host: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.hostQueues.get(host) ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(async () => {
        const wait = (this.lastRequestAt.get(host) ?? -Infinity) + this.options.perHostDelayMs - Date.now();
        if (wait > 0) await sleep(wait);
        try {
          return await fn();
        } finally {
          this.lastRequestAt.set(host, Date.now());
        }
      });
    this.hostQueues.set(host, run);

    return run;
  }

  /** One GET with retries for what is transient; a redirect is answered, not followed. */
  private async once(url: URL, conditional: { etag?: string | null; lastModified?: string | null }): Promise<{ page: Omit<FetchedPage, 'requestedUrl'>; redirect: string | null }> {
    for (let attempt = 0; ; attempt++) {
      try {
        const answer = await this.get(url, conditional);
        const transient = answer.page.status === 429 || answer.page.status >= 500;
        if (!transient || attempt >= this.options.retries) return answer;
      } catch (error) {
        const failure = this.classify(url, error);
        if ((failure.code !== 'NETWORK' && failure.code !== 'TIMEOUT') || attempt >= this.options.retries) throw failure;
      }
      await sleep(this.options.retryBaseMs * 2 ** attempt);
    }
  }

  private classify(url: URL, error: unknown): HarvestFetchError {
    if (error instanceof HarvestFetchError) return error;
    const cause = (error as { cause?: unknown }).cause;
    if (error instanceof AddressRefusedError || cause instanceof AddressRefusedError) {
      const refused = (error instanceof AddressRefusedError ? error : cause) as AddressRefusedError;

      return new HarvestFetchError('ADDRESS_REFUSED', url.href, refused.message);
    }
    if (
      error instanceof undiciErrors.HeadersTimeoutError ||
      error instanceof undiciErrors.BodyTimeoutError ||
      error instanceof undiciErrors.ConnectTimeoutError ||
      (error as { name?: string }).name === 'TimeoutError' ||
      (error as { name?: string }).name === 'AbortError'
    ) {
      return new HarvestFetchError('TIMEOUT', url.href, `no answer within ${this.options.timeoutMs} ms`);
    }

    return new HarvestFetchError('NETWORK', url.href, error instanceof Error ? error.message : String(error));
  }

  private async get(url: URL, conditional: { etag?: string | null; lastModified?: string | null }): Promise<{ page: Omit<FetchedPage, 'requestedUrl'>; redirect: string | null }> {
    // An address written as such is connected to without a name lookup: checked here.
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(literal) && !this.options.allowHosts.has(literal) && isForbiddenAddress(literal)) throw new AddressRefusedError(literal, literal);
    this.options.onRequest?.(url);
    const headers: Record<string, string> = { 'user-agent': this.options.userAgent, accept: '*/*' };
    if (conditional.etag) headers['if-none-match'] = conditional.etag;
    if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
    const response = await request(url, {
      method: 'GET',
      headers,
      dispatcher: this.agent,
      headersTimeout: this.options.timeoutMs,
      bodyTimeout: this.options.timeoutMs,
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    const header = (name: string): string | null => {
      const value = response.headers[name];

      return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
    };
    const base = {
      url: url.href,
      status: response.statusCode,
      contentType: header('content-type'),
      etag: header('etag'),
      lastModified: header('last-modified'),
      fetchedAt: new Date(),
      notModified: response.statusCode === 304,
    };
    const location = header('location');
    if (response.statusCode >= 300 && response.statusCode < 400 && response.statusCode !== 304 && location) {
      await response.body.dump();

      return { page: { ...base, body: new Uint8Array() }, redirect: location };
    }
    const declared = Number(header('content-length'));
    if (Number.isFinite(declared) && declared > this.options.maxBytes) {
      response.body.destroy();
      throw new HarvestFetchError('TOO_LARGE', url.href, `${declared} bytes declared, limit ${this.options.maxBytes}`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += (chunk as Buffer).byteLength;
      if (size > this.options.maxBytes) {
        response.body.destroy();
        throw new HarvestFetchError('TOO_LARGE', url.href, `more than ${this.options.maxBytes} bytes`);
      }
      chunks.push(chunk as Buffer);
    }

    return { page: { ...base, body: new Uint8Array(Buffer.concat(chunks)) }, redirect: null };
  }
}
