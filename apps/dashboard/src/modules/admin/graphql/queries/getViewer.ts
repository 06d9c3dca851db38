export const GET_VIEWER = /* GraphQL */ `
  query GetViewer {
    viewer { authenticated role regionCode }
  }
`;
