export type IngestStatus = 'ingested' | 'duplicate' | 'superseded' | 'rejected';

export type IngestCandidate = { code: string; path: string };

/** Why a document was not stored: a ReportParseError code, a region problem, or a permission problem. */
export type IngestErrorInfo = { code: string; messageZh: string; messageEn: string; candidates?: IngestCandidate[] };

export type IngestResult = { fileName: string; status: IngestStatus; reportId: string | null; error: IngestErrorInfo | null };

export type IngestInput = {
  bytes: Uint8Array;
  fileName: string;
  /** An explicit region wins over what the document says (current or historical code). */
  regionCode?: string | null;
  /** Where the document came from, a hint for region resolution. */
  sourceUrl?: string;
};
