import { graphql } from '../../../../gql';

export const DELETE_REPORT = graphql(`
  mutation DeleteReport($id: ID!) {
    deleteReport(id: $id)
  }
`);
