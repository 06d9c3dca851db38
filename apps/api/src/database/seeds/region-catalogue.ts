import { createHash } from 'node:crypto';

import * as regionsLib from '@gongkai/regions';
import { type RegionLevel } from '@gongkai/domain';

export type CatalogueAlias = { alias: string; kind: 'code' | 'name'; validFrom: number | null; validTo: number | null };

export type CatalogueRegion = {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  path: string;
  aliases: CatalogueAlias[];
};

export type RegionCatalogue = { version: string; regions: CatalogueRegion[] };

/**
 * The GB/T 2260 catalogue of @gongkai/regions in the shape of the region/region_alias tables. The version is a
 * hash of the content, so any change to the catalogue re-seeds at the next start.
 */
export function loadRegionCatalogue(): RegionCatalogue {
  const regions = readRegions();

  return { version: createHash('sha256').update(JSON.stringify(regions)).digest('hex').slice(0, 16), regions };
}

// TEMPORARY adapter while @gongkai/regions is being written: its exports are read as unknown and narrowed.
function readRegions(): CatalogueRegion[] {
  const lib = regionsLib as Record<string, unknown>;
  const list = lib['REGIONS'];
  if (!Array.isArray(list)) return [];
  const out: CatalogueRegion[] = [];
  for (const item of list as unknown[]) {
    if (!isRecord(item)) continue;
    const code = str(item['code']);
    const name = str(item['name']);
    const level = str(item['level']);
    if (!code || !name || (level !== 'province' && level !== 'prefecture' && level !== 'county')) continue;
    const parentCode = str(item['parentCode']) ?? str(item['parent']) ?? null;
    const aliases: CatalogueAlias[] = [];
    for (const key of ['formerNames', 'formerCodes'] as const) {
      const former = item[key];
      if (!Array.isArray(former)) continue;
      for (const f of former as unknown[]) {
        const alias = typeof f === 'string' ? f : isRecord(f) ? (str(f['name']) ?? str(f['code'])) : undefined;
        if (!alias) continue;
        const validFrom = isRecord(f) && typeof f['from'] === 'number' ? f['from'] : null;
        const validTo = isRecord(f) && typeof f['to'] === 'number' ? f['to'] : null;
        aliases.push({ alias, kind: key === 'formerCodes' ? 'code' : 'name', validFrom, validTo });
      }
    }
    out.push({ code, name, level, parentCode, path: str(item['path']) ?? '', aliases });
  }
  const byCode = new Map(out.map((r) => [r.code, r]));
  for (const r of out) if (!r.path) r.path = buildPath(r, byCode);

  return out;
}

function buildPath(region: CatalogueRegion, byCode: Map<string, CatalogueRegion>): string {
  const names: string[] = [];
  let cursor: CatalogueRegion | undefined = region;
  for (let depth = 0; cursor && depth < 4; depth++) {
    names.unshift(cursor.name);
    cursor = cursor.parentCode ? byCode.get(cursor.parentCode) : undefined;
  }

  return names.join(' ');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}
