import { createHash } from 'node:crypto';

import { type RegionLevel } from '@gongkai/domain';
import { REGIONS, REGION_ALIASES, pathName } from '@gongkai/regions';

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
 * The GB/T 2260 catalogue of @gongkai/regions in the shape of the region/region_alias tables: current
 * divisions, plus former names and codes of each (abolished divisions without a successor are left out —
 * nothing to point at). The version is a hash of the content, so any catalogue change re-seeds at next start.
 */
export function loadRegionCatalogue(): RegionCatalogue {
  const aliases = new Map<string, Map<string, CatalogueAlias>>();
  const add = (code: string, alias: CatalogueAlias) => {
    const forCode = aliases.get(code) ?? new Map<string, CatalogueAlias>();
    aliases.set(code, forCode);
    if (!forCode.has(alias.alias)) forCode.set(alias.alias, alias);
  };
  const names = new Map(REGIONS.map((r) => [r.code, r.name]));
  for (const a of REGION_ALIASES) {
    if (a.currentCode === null || !names.has(a.currentCode)) continue;
    if (a.oldName && a.oldName !== names.get(a.currentCode)) {
      add(a.currentCode, { alias: a.oldName, kind: 'name', validFrom: a.firstSeen, validTo: a.lastSeen });
    }
    if (a.oldCode && a.oldCode !== a.currentCode) {
      add(a.currentCode, { alias: a.oldCode, kind: 'code', validFrom: a.firstSeen, validTo: a.lastSeen });
    }
  }
  const regions: CatalogueRegion[] = REGIONS.map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level,
    parentCode: r.parentCode,
    path: pathName(r.code),
    aliases: [...(aliases.get(r.code)?.values() ?? [])],
  }));

  return { version: createHash('sha256').update(JSON.stringify(regions)).digest('hex').slice(0, 16), regions };
}
