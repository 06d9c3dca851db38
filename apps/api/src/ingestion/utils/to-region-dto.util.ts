import { getRegion, pathName } from '@gongkai/regions';

import { RegionDto } from '../../regions/dtos/region.dto';

/** A catalogue region as the GraphQL Region type (for rejection candidates); null for unknown codes. */
export function toRegionDto(code: string): RegionDto | null {
  const region = getRegion(code);
  if (!region) return null;

  return Object.assign(new RegionDto(), {
    code: region.code,
    name: region.name,
    level: region.level,
    parentCode: region.parentCode,
    path: pathName(region.code),
  });
}
