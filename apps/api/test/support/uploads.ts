/** One file's answer of POST /api/reports. */
export type RestResult = {
  file: string;
  status: string;
  reportId: string | null;
  error: { code: string } | null;
  report: {
    issuer: { name: string; kind: string };
    region: { code: string; name: string; path: string };
    year: number;
    template: string;
    status: string;
    sampleData: boolean;
    findingCount: number;
    url: string;
  } | null;
  replaced: { reportId: string; sampleData: boolean; fileName: string; ingestedAt: string } | null;
};

/** POST /api/reports with files (multipart). */
export async function restUpload(
  url: string,
  files: { bytes: Uint8Array; fileName: string }[],
  options: { token?: string; region?: string } = {},
): Promise<{
  status: number;
  body: { results?: RestResult[]; error?: { code: string; reason?: string; messageZh?: string } };
}> {
  const form = new FormData();
  for (const f of files) form.append('file', new Blob([f.bytes]), f.fileName);
  if (options.region) form.append('region', options.region);
  const res = await fetch(`${url}/api/reports`, {
    method: 'POST',
    body: form,
    headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
  });

  return { status: res.status, body: (await res.json()) as never };
}

const INGEST = `mutation Ingest($file: Upload!, $regionCode: String) {
  ingestReport(file: $file, regionCode: $regionCode) {
    fileName status report { id year status } error { code messageZh messageEn } replaced { reportId sampleData } findingCount reportUrl
  }
}`;

/** The ingestReport mutation as a graphql-multipart-request-spec upload. */
export async function graphqlUpload(
  url: string,
  file: { bytes: Uint8Array; fileName: string },
  options: { token?: string; regionCode?: string; preflight?: boolean } = {},
): Promise<{
  status: number;
  body: {
    data?: {
      ingestReport: {
        status: string;
        report: { id: string; year: number; status: string } | null;
        error: { code: string } | null;
      };
    } | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}> {
  const form = new FormData();
  form.append(
    'operations',
    JSON.stringify({ query: INGEST, variables: { file: null, regionCode: options.regionCode ?? null } }),
  );
  form.append('map', JSON.stringify({ '0': ['variables.file'] }));
  form.append('0', new Blob([file.bytes]), file.fileName);
  const headers: Record<string, string> = {};
  if (options.preflight !== false) headers['apollo-require-preflight'] = 'true';
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  const res = await fetch(`${url}/graphql`, { method: 'POST', body: form, headers });

  return { status: res.status, body: (await res.json()) as never };
}
