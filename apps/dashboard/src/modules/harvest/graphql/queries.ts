import { graphql } from '../../../gql';

export const HARVEST_SITE_FIELDS = graphql(`
  fragment HarvestSiteFields on HarvestSite {
    id regionCode regionName url issuer year lastResult lastCheckedAt lastUrl lastNote lastReportId scheduled nextCheckAt
  }
`);

export const HARVEST_RUN_FIELDS = graphql(`
  fragment HarvestRunFields on HarvestRun {
    id year status requestedBy startedAt finishedAt siteCount pending found notFound unreachable
  }
`);

export const GET_HARVEST = graphql(`
  query Harvest($parentCode: String!, $year: Int!) {
    harvestSites(parentCode: $parentCode, year: $year) { ...HarvestSiteFields }
    harvestRuns(parentCode: $parentCode, first: 10) { ...HarvestRunFields }
  }
`);

export const IMPORT_HARVEST_SITES = graphql(`
  mutation ImportHarvestSites($csv: String!) { importHarvestSites(csv: $csv) { saved } }
`);

export const START_HARVEST = graphql(`
  mutation StartHarvest($parentCode: String!, $year: Int!) { startHarvest(parentCode: $parentCode, year: $year) { ...HarvestRunFields } }
`);

export const REMOVE_HARVEST_SITE = graphql(`
  mutation RemoveHarvestSite($id: ID!) { removeHarvestSite(id: $id) }
`);
