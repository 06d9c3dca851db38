export const GET_MEDIAN_SERIES = /* GraphQL */ `
  query GetMedianSeries($metric: String!, $parentCode: String!, $yearFrom: Int!, $yearTo: Int!) {
    aggregate(metric: $metric, parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, groupBy: [year], fn: median) { year value count }
  }
`;
