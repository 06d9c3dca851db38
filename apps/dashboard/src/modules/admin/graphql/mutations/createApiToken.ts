export const CREATE_API_TOKEN = /* GraphQL */ `
  mutation CreateApiToken($role: Role!, $regionCode: String, $name: String) {
    createApiToken(role: $role, regionCode: $regionCode, name: $name) { secret token { id name role regionCode } }
  }
`;
