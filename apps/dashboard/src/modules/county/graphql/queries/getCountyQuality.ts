import { graphql } from '../../../../gql';

export const GET_COUNTY_QUALITY = graphql(`
  query GetCountyQuality($parentCode: String!, $yearFrom: Int!, $yearTo: Int!) {
    coverage(parentCode: $parentCode, yearFrom: $yearFrom, yearTo: $yearTo, level: county) {
      region { code }
      year
      publication
      quality
      publishedOn
      deadline
      daysLate
      failedRules
      report { id sampleData versions { id } }
    }
  }
`);
