import { graphql } from '../../../../gql';

export const REASSIGN_REPORT_REGION = graphql(`
  mutation ReassignReportRegion($reportId: ID!, $regionCode: String!, $reason: String!) {
    reassignReportRegion(reportId: $reportId, regionCode: $regionCode, reason: $reason) { toRegion { code name } }
  }
`);
