import { graphql } from '../../../../gql';

export const GET_RANKING = graphql(`
  query GetRanking($metric: String!, $year: Int!, $parentCode: String) {
    ranking(metric: $metric, year: $year, parentCode: $parentCode, level: county, order: desc) {
      metric { key }
      year
      count
      median
      q1
      q3
      entries { rank previousRank region { code name } reportId value state previousValue change changePct changePp comparability sampleData }
    }
  }
`);
