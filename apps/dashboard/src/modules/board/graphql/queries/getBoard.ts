import { graphql } from '../../../../gql';

export const GET_BOARD = graphql(`
  query GetBoard($parentCode: String!, $yearFrom: Int!, $yearTo: Int!) {
    board(parentCode: $parentCode, yearFrom: $yearFrom, yearTo: $yearTo) {
      parent { code name }
      yearFrom
      yearTo
      level
      countyCount
      regions { code name }
      families {
        id
        labelZh
        labelEn
        templateNoteZh
        templateNoteEn
        metrics {
          metric { key }
          yearsFrom
          yearsTo
          rankYear
          totals {
            year value state regionCount regionTotal median change changePct changePp comparability sampleData
            likeForLike { fromYear toYear regionCount excludedRegions { code name } value previousValue }
          }
          counties {
            region { code name }
            points { year reportId template value state change changePct changePp comparability sampleData rank previousRank rankChange memberCount memberTotal }
          }
          ranking { region { code name } rank previousRank rankChange value state comparability sampleData }
        }
        compositions {
          id
          labelZh
          labelEn
          parts { key }
          years { year regionCount regionTotal total sampleData shares { metricKey value share } }
        }
      }
    }
  }
`);
