import { graphql } from '../../../../gql';

export const CREATE_API_TOKEN = graphql(`
  mutation CreateApiToken($role: Role!, $regionCode: String, $name: String) {
    createApiToken(role: $role, regionCode: $regionCode, name: $name) { secret token { id name role regionCode } }
  }
`);
