export const GET_API_TOKENS = /* GraphQL */ `
  query GetApiTokens {
    apiTokens { id name role regionCode createdAt lastUsedAt revokedAt }
  }
`;
