import { graphql } from '../../../../gql';

export const GET_REGION = graphql(`
  query GetRegion($code: String!) {
    region(code: $code) { code name level parentCode path children(level: county) { code name } }
  }
`);
