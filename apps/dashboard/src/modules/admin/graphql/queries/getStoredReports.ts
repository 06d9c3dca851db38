import { graphql } from '../../../../gql';

export const GET_STORED_REPORTS = graphql(`
  query GetStoredReports($first: Int, $after: String, $where: ReportFilter, $orderBy: ReportOrder) {
    reports(first: $first, after: $after, where: $where, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id year template status sampleData ingestedAt failedRules findingCount quality
          issuer { name kind }
          region { code name path }
          source { fileName downloadUrl }
        }
      }
    }
  }
`);
