export const GET_PREFECTURES = /* GraphQL */ `
  query GetPrefectures {
    regions(level: prefecture) { code name path }
  }
`;
