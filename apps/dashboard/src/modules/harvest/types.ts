import { type HarvestQuery, type HarvestRunFieldsFragment, type HarvestSiteFieldsFragment } from '../../gql/graphql';

export type HarvestSite = HarvestSiteFieldsFragment;
export type HarvestRun = HarvestRunFieldsFragment;
export type HarvestData = HarvestQuery;
