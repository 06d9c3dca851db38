import { graphql } from '../../../../gql';

export const GET_COVERAGE = graphql(`
  query GetCoverage($parentCode: String!, $yearFrom: Int!, $yearTo: Int!) {
    coverage(parentCode: $parentCode, yearFrom: $yearFrom, yearTo: $yearTo, level: county) {
      region { code name }
      year
      publication
      quality
      evidence { url result note checkedAt checkedBy source }
      contact { year issuer address phones }
      status
      late
      failing
      report { id }
      publishedOn
      deadline
      daysLate
      failedRules
    }
  }
`);
