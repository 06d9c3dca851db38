import { graphql } from '../../../../gql';

export const CORRECT_REPORT_VALUES = graphql(`
  mutation CorrectReportValues($reportId: ID!, $corrections: [ValueCorrectionInput!]!, $note: String) {
    correctReportValues(reportId: $reportId, corrections: $corrections, note: $note) {
      id
      status
      needsReview
      correctsReportId
    }
  }
`);
