import { graphql } from '../../../../gql';

export const GET_PREFECTURES = graphql(`
  query GetPrefectures {
    regions(level: prefecture) { code name path }
  }
`);
