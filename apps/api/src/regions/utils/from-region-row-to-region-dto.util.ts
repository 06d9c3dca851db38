import { RegionDto } from '../dtos/region.dto';
import { type RegionRow } from '../types/region-row.type';

export function fromRegionRowToRegionDto(row: RegionRow): RegionDto {
  return Object.assign(new RegionDto(), { code: row.code, name: row.name, level: row.level, parentCode: row.parent_code, path: row.path });
}
