export type UploadCandidate = { code: string; path: string };

/** What the api found in a stored document (REST `report`): shown so the uploader can check it was read right. */
export type UploadSummary = {
  issuerName: string;
  regionCode: string;
  regionName: string;
  regionPath: string;
  year: number | null;
  template: string;
  sampleData: boolean;
  findingCount: number | null;
  url: string;
};

/** The report the upload superseded (REST `replaced`). */
export type UploadReplaced = { reportId: string; sampleData: boolean; fileName: string; ingestedAt: string };

export type UploadOutcome =
  | { kind: 'done'; status: 'ingested' | 'duplicate' | 'superseded'; reportId: string | null; summary: UploadSummary | null; replaced: UploadReplaced | null }
  | { kind: 'rejected'; code: string; messageZh: string; messageEn: string; candidates: UploadCandidate[] }
  | { kind: 'http'; status: number; messageZh: string; messageEn: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function readSummary(value: unknown): UploadSummary | null {
  if (!isRecord(value)) return null;
  const issuer = isRecord(value.issuer) ? value.issuer : {};
  const region = isRecord(value.region) ? value.region : {};

  return {
    issuerName: str(issuer.name),
    regionCode: str(region.code),
    regionName: str(region.name),
    regionPath: str(region.path),
    year: num(value.year),
    template: str(value.template),
    sampleData: value.sampleData === true,
    findingCount: num(value.findingCount),
    url: str(value.url),
  };
}

function readReplaced(value: unknown): UploadReplaced | null {
  if (!isRecord(value) || !str(value.reportId)) return null;

  return { reportId: str(value.reportId), sampleData: value.sampleData === true, fileName: str(value.fileName), ingestedAt: str(value.ingestedAt) };
}

/** Reads one file's result from POST /api/reports. Anything unexpected becomes a readable failure, never a crash. */
export function parseUploadResponse(httpStatus: number, body: string): UploadOutcome {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  const result = isRecord(json) && Array.isArray(json.results) && isRecord(json.results[0]) ? json.results[0] : undefined;
  if (result) {
    const status = str(result.status);
    if (status === 'ingested' || status === 'duplicate' || status === 'superseded') {
      return { kind: 'done', status, reportId: str(result.reportId) || null, summary: readSummary(result.report), replaced: readReplaced(result.replaced) };
    }
    const error = isRecord(result.error) ? result.error : {};
    const candidates = Array.isArray(error.candidates)
      ? error.candidates.filter(isRecord).map((c) => ({ code: str(c.code), path: str(c.path) || str(c.name) || str(c.code) }))
      : [];

    return { kind: 'rejected', code: str(error.code) || 'REJECTED', messageZh: str(error.messageZh) || '文件未能入库。', messageEn: str(error.messageEn) || 'The file was rejected.', candidates };
  }
  const message = isRecord(json) ? str(json.messageZh) || str(json.message) : '';
  const messageEn = isRecord(json) ? str(json.messageEn) || str(json.message) : '';

  return { kind: 'http', status: httpStatus, messageZh: message || `服务器返回 ${httpStatus}`, messageEn: messageEn || `The server answered ${httpStatus}` };
}
