import { graphql } from '../../../../gql';

export const GET_DATASET_INFO = graphql(`
  query GetDatasetInfo {
    datasetInfo { reportCount sampleReportCount yearMin yearMax lastIngestedAt }
    reports(first: 1) { edges { node { id year region { code level parentCode } } } }
  }
`);
