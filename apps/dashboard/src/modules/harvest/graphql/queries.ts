const SITE_FIELDS = 'id regionCode regionName url issuer year lastResult lastCheckedAt lastUrl lastNote lastReportId scheduled nextCheckAt';
const RUN_FIELDS = 'id year status requestedBy startedAt finishedAt siteCount pending found notFound unreachable';

export const GET_HARVEST = `query Harvest($parentCode: String!, $year: Int!) {
  harvestSites(parentCode: $parentCode, year: $year) { ${SITE_FIELDS} }
  harvestRuns(parentCode: $parentCode, first: 10) { ${RUN_FIELDS} }
}`;

export const IMPORT_HARVEST_SITES = `mutation ImportHarvestSites($csv: String!) { importHarvestSites(csv: $csv) { saved } }`;

export const START_HARVEST = `mutation StartHarvest($parentCode: String!, $year: Int!) { startHarvest(parentCode: $parentCode, year: $year) { ${RUN_FIELDS} } }`;

export const REMOVE_HARVEST_SITE = `mutation RemoveHarvestSite($id: ID!) { removeHarvestSite(id: $id) }`;
