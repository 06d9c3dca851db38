import { type CreatedToken, type TokenSummary } from '@gongkai/database';
import { type IngestResult } from '@gongkai/report-store';

/** Files and bytes per upload request: under the api's limits (50 files, 30 MB by default). */
const MAX_FILES = 40;
const MAX_BYTES = 20 * 1024 * 1024;

/** A harvest run as the api answers it: each site's result (null while pending). */
export type ApiHarvestRun = {
  id: string;
  year: number;
  status: 'running' | 'done';
  results: { siteId: string; regionCode: string; siteUrl: string; result: 'found' | 'not_found' | 'unreachable' | null; url: string | null; note: string | null; reportId: string | null }[];
};

/** The api refused or could not be reached: the command reports it and stores nothing more. */
export class RunningApiError extends Error {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = 'RunningApiError';
  }
}

/**
 * The running api that owns an embedded database, as the CLI talks to it: uploads over POST /api/reports and
 * tokens over GraphQL, authorised by the owner's local secret (readable only by the same user).
 */
export class RunningApi {
  constructor(
    readonly url: string,
    private readonly secret: string,
  ) {}

  /** Uploads documents in requests of a few files; each file's result as the api answered it. */
  async ingest(documents: readonly { label: string; bytes: Uint8Array }[], regionCode: string | null, onResult: (result: IngestResult) => void): Promise<void> {
    let batch: { label: string; bytes: Uint8Array }[] = [];
    let bytes = 0;
    const send = async () => {
      if (batch.length === 0) return;
      const form = new FormData();
      for (const d of batch) form.append('file', new Blob([d.bytes]), d.label);
      if (regionCode) form.append('region', regionCode);
      const answer = await this.request('/api/reports', { method: 'POST', body: form });
      const body = (await answer.json().catch(() => null)) as { results?: { file: string; status: IngestResult['status']; reportId: string | null; error: IngestResult['error'] }[]; message?: string } | null;
      if (!body?.results) throw new RunningApiError(`The api at ${this.url} answered HTTP ${answer.status}${body?.message ? `: ${body.message}` : ''}`, `服务器 ${this.url} 拒绝了上传（HTTP ${answer.status}）。`);
      for (const r of body.results) onResult({ fileName: r.file, status: r.status, reportId: r.reportId, error: r.error });
      batch = [];
      bytes = 0;
    };
    for (const d of documents) {
      if (batch.length > 0 && (batch.length >= MAX_FILES || bytes + d.bytes.byteLength > MAX_BYTES)) await send();
      batch.push(d);
      bytes += d.bytes.byteLength;
    }
    await send();
  }

  async createToken(input: { role: string; regionCode: string | null; name: string }): Promise<CreatedToken> {
    const data = await this.graphql<{ createApiToken: { secret: string; token: { id: string; name: string; role: CreatedToken['role']; regionCode: string | null } } }>(
      `mutation CreateToken($role: Role!, $regionCode: String, $name: String) {
         createApiToken(role: $role, regionCode: $regionCode, name: $name) { secret token { id name role regionCode } }
       }`,
      input,
    );

    return { ...data.createApiToken.token, secret: data.createApiToken.secret };
  }

  async listTokens(): Promise<TokenSummary[]> {
    const data = await this.graphql<{ apiTokens: (Omit<TokenSummary, 'createdAt' | 'lastUsedAt' | 'revokedAt'> & { createdAt: string; lastUsedAt: string | null; revokedAt: string | null })[] }>(
      `query { apiTokens { id name role regionCode createdAt lastUsedAt revokedAt } }`,
      {},
    );

    return data.apiTokens.map((t) => ({ ...t, createdAt: new Date(t.createdAt), lastUsedAt: t.lastUsedAt ? new Date(t.lastUsedAt) : null, revokedAt: t.revokedAt ? new Date(t.revokedAt) : null }));
  }

  /** The demo set out of the database the api serves (GraphQL removeSampleData); how many reports went. */
  async removeSampleData(): Promise<number> {
    const data = await this.graphql<{ removeSampleData: number }>(`mutation { removeSampleData }`, {});

    return data.removeSampleData;
  }

  async revokeToken(id: string): Promise<void> {
    await this.graphql(`mutation Revoke($id: ID!) { revokeApiToken(id: $id) }`, { id });
  }

  /** Registers the sites of a `region_code,url[,issuer]` list (all or nothing); their ids. */
  async importHarvestSites(csv: string): Promise<string[]> {
    const data = await this.graphql<{ importHarvestSites: { sites: { id: string }[] } }>(`mutation Import($csv: String!) { importHarvestSites(csv: $csv) { sites { id } } }`, { csv });

    return data.importHarvestSites.sites.map((s) => s.id);
  }

  /** Starts a harvest of these sites in the api (recorded there, run in the background); the run id. */
  async startHarvest(siteIds: readonly string[], year: number): Promise<string> {
    const data = await this.graphql<{ startHarvest: { id: string } }>(`mutation Start($ids: [ID!], $year: Int!) { startHarvest(siteIds: $ids, year: $year) { id } }`, { ids: siteIds, year });

    return data.startHarvest.id;
  }

  async harvestRun(id: string): Promise<ApiHarvestRun | null> {
    const data = await this.graphql<{ harvestRun: ApiHarvestRun | null }>(
      `query Run($id: ID!) { harvestRun(id: $id) { id year status results { siteId regionCode siteUrl result url note reportId } } }`,
      { id },
    );

    return data.harvestRun;
  }

  private async graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const answer = await this.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await answer.json().catch(() => null)) as { data?: T; errors?: { message: string; extensions?: { code?: string; messageZh?: string } }[] } | null;
    const error = body?.errors?.[0];
    if (error || !body?.data) {
      throw new RunningApiError(`The api at ${this.url} refused: ${error?.message ?? `HTTP ${answer.status}`}`, error?.extensions?.messageZh ?? `服务器 ${this.url} 拒绝了请求。`);
    }

    return body.data;
  }

  private async request(path: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(new URL(path, this.url), { ...init, headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${this.secret}` } });
    } catch (error) {
      const reason = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
      throw new RunningApiError(
        `The api that owns the embedded database (${this.url}) does not answer (${reason}); stop it cleanly or wait for it, then try again`,
        `拥有该内嵌数据库的服务器（${this.url}）没有响应（${reason}）；请等待或正常停止该服务器后再试。`,
      );
    }
  }
}
