export const CORRECT_REPORT_VALUES = /* GraphQL */ `
  mutation CorrectReportValues($reportId: ID!, $corrections: [ValueCorrectionInput!]!, $note: String) {
    correctReportValues(reportId: $reportId, corrections: $corrections, note: $note) {
      id status needsReview correctsReportId
    }
  }
`;
