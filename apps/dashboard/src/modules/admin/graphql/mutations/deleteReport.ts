export const DELETE_REPORT = /* GraphQL */ `
  mutation DeleteReport($id: ID!) {
    deleteReport(id: $id)
  }
`;
