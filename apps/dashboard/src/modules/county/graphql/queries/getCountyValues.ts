import { graphql } from '../../../../gql';

// All values of a county's current reports: the profile shows every metric over the years.
export const GET_COUNTY_VALUES = graphql(`
  query GetCountyValues($where: ReportFilter) {
    reports(first: 100, where: $where) {
      edges {
        node {
          id
          year
          template
          sampleData
          region { code name }
          issuer { name kind }
          values { key value state raw }
        }
      }
    }
  }
`);
