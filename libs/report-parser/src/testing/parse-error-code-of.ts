import { ReportParseError } from '../lib/model/report-parse-error';

/**
 * Test helper: the ReportParseError code `run` throws. Anything else thrown is rethrown, and throwing nothing
 * fails the test, so a refusal that stopped happening cannot pass unnoticed.
 */
export function parseErrorCodeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ReportParseError) return error.code;
    throw error;
  }
  throw new Error('expected a ReportParseError');
}
