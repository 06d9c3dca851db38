export type UploadCandidate = { code: string; path: string };

export type UploadOutcome =
  | { kind: 'done'; status: 'ingested' | 'duplicate' | 'superseded'; reportId: string | null }
  | { kind: 'rejected'; code: string; messageZh: string; messageEn: string; candidates: UploadCandidate[] }
  | { kind: 'http'; status: number; messageZh: string; messageEn: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
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
    if (status === 'ingested' || status === 'duplicate' || status === 'superseded') return { kind: 'done', status, reportId: str(result.reportId) || null };
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
