import { graphql } from '../../../../gql';

export const GET_VIEWER = graphql(`
  query GetViewer {
    viewer { authenticated role regionCode }
  }
`);
