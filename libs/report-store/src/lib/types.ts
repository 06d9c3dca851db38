export type IngestStatus = 'ingested' | 'duplicate' | 'superseded' | 'rejected';

export type IngestCandidate = { code: string; path: string };

/** Why a document was not stored: a ReportParseError code, a region problem, or a permission problem. */
export type IngestErrorInfo = { code: string; messageZh: string; messageEn: string; candidates?: IngestCandidate[] };

/** The report a stored document superseded (same issuer and year): said in the answer, above all when it was sample data. */
export type ReplacedReport = { reportId: string; sampleData: boolean; fileName: string; ingestedAt: string };

export type IngestResult = {
  fileName: string;
  status: IngestStatus;
  reportId: string | null;
  error: IngestErrorInfo | null;
  /** Set when status is 'superseded' by writeReport; absent from batch results and elsewhere. */
  replaced?: ReplacedReport | null;
};

export type IngestInput = {
  bytes: Uint8Array;
  fileName: string;
  /** An explicit region wins over what the document says (current or historical code). */
  regionCode?: string | null;
  /** Where the document came from, a hint for region resolution. */
  sourceUrl?: string;
};
