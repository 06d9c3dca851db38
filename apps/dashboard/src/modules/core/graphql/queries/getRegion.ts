export const GET_REGION = /* GraphQL */ `
  query GetRegion($code: String!) {
    region(code: $code) { code name level parentCode path children(level: county) { code name } }
  }
`;
