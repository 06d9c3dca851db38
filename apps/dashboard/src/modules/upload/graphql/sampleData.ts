import { graphql } from '../../../gql';

/** Whether the typed token may remove the sample data (admins only). */
export const GET_UPLOAD_VIEWER = graphql(`
  query GetUploadViewer { viewer { role } }
`);

export const REMOVE_SAMPLE_DATA = graphql(`
  mutation RemoveSampleData { removeSampleData }
`);
