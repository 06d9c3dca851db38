import { graphql } from '../../../../gql';

export const GET_FINDINGS = graphql(`
  query GetFindings($first: Int!, $after: String, $where: FindingFilter) {
    findings(first: $first, after: $after, where: $where) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id rule severity modes scope cells expected actual messageZh messageEn report { id year region { code name } } } }
    }
  }
`);
