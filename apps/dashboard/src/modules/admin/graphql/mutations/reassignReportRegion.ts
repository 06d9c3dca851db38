export const REASSIGN_REPORT_REGION = /* GraphQL */ `
  mutation ReassignReportRegion($reportId: ID!, $regionCode: String!, $reason: String!) {
    reassignReportRegion(reportId: $reportId, regionCode: $regionCode, reason: $reason) { toRegion { code name } }
  }
`;
