import { type ParsedProse } from '@gongkai/report-parser';

/** A report_narrative row (prose: ParsedReport.prose as stored). */
export type ReportNarrativeRow = { report_id: string; parser_version: string; prose: ParsedProse };
