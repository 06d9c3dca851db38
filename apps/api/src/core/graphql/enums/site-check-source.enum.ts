import { registerEnumType } from '@nestjs/graphql';

export type SiteCheckSource = 'manual' | 'harvest';

export const SiteCheckSourceEnum: { [K in SiteCheckSource]: K } = { manual: 'manual', harvest: 'harvest' };

registerEnumType(SiteCheckSourceEnum, {
  name: 'SiteCheckSource',
  description: 'manual: recorded by recordSiteCheck; harvest: a result of the harvester (harvest_result) for the region and year.',
  valuesMap: {
    harvest: { description: 'A result of a harvest run' },
    manual: { description: 'Recorded by a person (recordSiteCheck)' },
  },
});
