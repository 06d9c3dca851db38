import { randomUUID } from 'node:crypto';

import { type DataSource, type EntityManager } from 'typeorm';

import { bumpDatasetRevision } from './dataset-revision';
import { type RegionCatalogue } from './region-catalogue';

const VERSION_PREFIX = 'gongkai-regions:';
const CHUNK = 500;

export type SeedResult = { seeded: boolean; version: string; regions: number; aliases: number };

/**
 * Upserts the catalogue into region/region_alias when the table is empty or the catalogue changed. The
 * version lives in the table comment (no extra table). Idempotent: safe to run at every start, and two
 * instances starting together only repeat the same upserts.
 */
export async function seedRegionCatalogue(dataSource: DataSource, catalogue: RegionCatalogue): Promise<SeedResult> {
  const rows: { v: string | null }[] = await dataSource.query(`SELECT obj_description('"region"'::regclass, 'pg_class') AS v`);
  const stored = rows[0]?.v ?? null;
  const [{ n }]: { n: string }[] = await dataSource.query(`SELECT count(*) AS n FROM "region"`);
  const tag = VERSION_PREFIX + catalogue.version;
  const aliasCount = catalogue.regions.reduce((sum, r) => sum + r.aliases.length, 0);
  if (stored === tag && Number(n) > 0) return { seeded: false, version: catalogue.version, regions: Number(n), aliases: aliasCount };

  await dataSource.transaction(async (manager) => {
    await upsertRegions(manager, catalogue);
    await manager.query(`COMMENT ON TABLE "region" IS '${tag.replace(/'/g, "''")}'`);
    await bumpDatasetRevision(manager);
  });

  return { seeded: true, version: catalogue.version, regions: catalogue.regions.length, aliases: aliasCount };
}

async function upsertRegions(manager: EntityManager, catalogue: RegionCatalogue): Promise<void> {
  // Parents first is not needed (no FK on parent_code), but keeps the table readable in insertion order.
  for (let i = 0; i < catalogue.regions.length; i += CHUNK) {
    const chunk = catalogue.regions.slice(i, i + CHUNK);
    const params: unknown[] = [];
    const tuples = chunk.map((r) => {
      params.push(r.code, r.name, r.level, r.parentCode, r.path);
      const b = params.length - 5;

      return `($${b + 1}, $${b + 2}, $${b + 3}::region_level_enum, $${b + 4}, $${b + 5})`;
    });
    await manager.query(
      `INSERT INTO "region" ("code", "name", "level", "parent_code", "path") VALUES ${tuples.join(', ')}
       ON CONFLICT ("code") DO UPDATE SET "name" = EXCLUDED."name", "level" = EXCLUDED."level",
         "parent_code" = EXCLUDED."parent_code", "path" = EXCLUDED."path"`,
      params,
    );
  }

  const aliases = catalogue.regions.flatMap((r) => r.aliases.map((a) => ({ ...a, regionCode: r.code })));
  await manager.query(`DELETE FROM "region_alias"`);
  for (let i = 0; i < aliases.length; i += CHUNK) {
    const chunk = aliases.slice(i, i + CHUNK);
    const params: unknown[] = [];
    const tuples = chunk.map((a) => {
      params.push(randomUUID(), a.regionCode, a.alias, a.kind, a.validFrom, a.validTo);
      const b = params.length - 6;

      return `($${b + 1}::uuid, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}::int, $${b + 6}::int)`;
    });
    await manager.query(
      `INSERT INTO "region_alias" ("id", "region_code", "alias", "kind", "valid_from", "valid_to") VALUES ${tuples.join(', ')}
       ON CONFLICT ("alias", "region_code") DO NOTHING`,
      params,
    );
  }
}
