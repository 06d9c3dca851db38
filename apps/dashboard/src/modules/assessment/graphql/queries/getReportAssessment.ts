import { graphql } from '../../../../gql';

export const GET_REPORT_ASSESSMENT = graphql(`
  query GetReportAssessment($reportId: ID!) {
    reportAssessment(reportId: $reportId) {
      reportId score previousYear
      scheme { id version }
      indicators { id labelZh labelEn weight score flagZh flagEn }
    }
  }
`);
