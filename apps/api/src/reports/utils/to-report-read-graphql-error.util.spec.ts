import { ReportReadException, ReportReadExceptionCode } from '../report-read.exception';
import { toReportReadGraphqlError } from './to-report-read-graphql-error.util';

describe('toReportReadGraphqlError', () => {
  it('maps every read-side code to BAD_USER_INPUT with the reason', () => {
    for (const code of Object.values(ReportReadExceptionCode)) {
      const error = toReportReadGraphqlError(new ReportReadException('bad', code));

      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: code });
    }
  });
});
