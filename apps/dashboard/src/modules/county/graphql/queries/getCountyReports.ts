import { graphql } from '../../../../gql';

export const GET_COUNTY_REPORTS = graphql(`
  query GetCountyReports($where: ReportFilter) {
    reports(first: 100, where: $where) {
      totalCount
      edges { node { id title year template status publishedOn ingestedAt sampleData failedRules issuer { name kind } region { code name } } }
    }
  }
`);
