/** All reports of one issuer for one data year. */
export type ReportVersionsLoaderPayload = { issuerId: string; year: number };
