import { type ParsedReport } from '@gongkai/report-parser';

import { type AssessedReport } from './types';

/** A freshly parsed report as the assessment reads it (the CLI, the corpus measurements, tests). */
export function assessedReportOf(parsed: ParsedReport): AssessedReport {
  if (parsed.year === null) throw new RangeError('the report states no year');

  return {
    issuer: parsed.issuer,
    issuerKind: parsed.issuerKind,
    year: parsed.year,
    template: parsed.template,
    publishedOn: parsed.publishedOn,
    sections: parsed.sections,
    prose: parsed.prose,
    values: parsed.values,
    findings: parsed.findings,
    extraRows: parsed.extraRows,
    needsReview: parsed.needsReview,
  };
}
