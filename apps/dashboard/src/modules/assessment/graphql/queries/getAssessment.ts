import { graphql } from '../../../../gql';

export const GET_ASSESSMENT = graphql(`
  query GetAssessment($parentCode: String!, $year: Int!) {
    assessment(parentCode: $parentCode, year: $year) {
      parentCode parentName year assessed missing meanScore
      scheme { id version labelZh labelEn weightsRegionCode weightsSavedAt indicators { id labelZh labelEn weight } }
      bodies {
        issuerId issuerName regionCode regionName reportId score rank previousScore previousYear change mainProblems sampleData
        indicators { id labelZh labelEn weight score cost flagZh flagEn measure evidence { kind messageZh messageEn points cells quote previousQuote section start end } }
      }
    }
  }
`);
