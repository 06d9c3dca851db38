import { graphql } from '../../../../gql';

export const GET_API_TOKENS = graphql(`
  query GetApiTokens {
    apiTokens { id name role regionCode createdAt lastUsedAt revokedAt }
  }
`);
