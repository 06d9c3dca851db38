import { graphql } from '../../../../gql';

export const GET_SERIES = graphql(`
  query GetSeries($metric: String!, $regionCodes: [String!], $parentCode: String, $yearFrom: Int!, $yearTo: Int!) {
    series(metric: $metric, regionCodes: $regionCodes, parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo) {
      region { code name }
      metric { key }
      points { year reportId template value state raw change changePct changePp comparability sampleData }
    }
  }
`);
