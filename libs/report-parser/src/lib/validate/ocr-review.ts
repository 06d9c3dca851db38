import { type Finding, type ParsedReport } from '../model/parsed-report';
import { reviewOf } from './reading-findings';

/**
 * The review rule of a report read by OCR (issue 13): it needs a person's look unless every ERROR rule of its
 * own passes and every value read by OCR is at or above `ocr.threshold` — where a value a person corrected (or
 * confirmed) counts as sure, whatever OCR's confidence was. Reports with a text layer get only the reading
 * reasons (reviewOf). One English line per reason, as reviewReasons are.
 */
export function reviewOfReport(report: Pick<ParsedReport, 'findings' | 'values' | 'ocr'>): { needsReview: boolean; reviewReasons: string[] } {
  const reading = reviewOf(report.findings);
  if (!report.ocr) return reading;
  const reasons = [...reading.reviewReasons];
  const failing = [...new Set(report.findings.filter((f: Finding) => f.severity === 'ERROR').map((f) => f.rule))];
  if (failing.length > 0) reasons.push(`OCR: ERROR rules fail (${failing.join(', ')}): a digit may have been misread`);
  const threshold = report.ocr.threshold;
  const unsure = Object.values(report.values).filter((v) => v.flags.includes('ocr') && !v.flags.includes('corrected') && (v.ocr?.confidence ?? 0) < threshold);
  if (unsure.length > 0) {
    const keys = unsure.map((v) => v.key);
    reasons.push(`OCR: ${unsure.length} value(s) below confidence ${threshold} and not confirmed by a person (${keys.slice(0, 10).join(', ')}${keys.length > 10 ? ', …' : ''})`);
  }

  return { needsReview: reasons.length > 0, reviewReasons: reasons };
}
