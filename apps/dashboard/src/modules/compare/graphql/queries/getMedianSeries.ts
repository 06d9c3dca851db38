import { graphql } from '../../../../gql';

// Each year's median of all its reports: a reference line beside a county, not a comparison between years (so ALL_REPORTS).
export const GET_MEDIAN_SERIES = graphql(`
  query GetMedianSeries($metric: String!, $parentCode: String!, $yearFrom: Int!, $yearTo: Int!) {
    aggregate(metric: $metric, parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, groupBy: [year], fn: median, comparison: ALL_REPORTS) { year value count undefinedCount }
  }
`);
