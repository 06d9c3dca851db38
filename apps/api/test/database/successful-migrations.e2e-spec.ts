import { decodeValueSources, isCompactValueSources, MIGRATIONS } from '@gongkai/database';

import { type DataSource } from 'typeorm';

import { insertReadSideFixtures } from '../analytics/support/read-side-fixtures';
import { TEST_BACKENDS, openTestDatabase } from '../support/test-database';

describe.each(TEST_BACKENDS)('database on %s', (backend) => {
  it('runs the migrations up, keeps dates as strings and bigints as strings, and reverts them down', async () => {
    const db = await openTestDatabase(backend);
    try {
      const tables: { table_name: string }[] = await db.dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
      );
      expect(tables.map((t) => t.table_name)).toEqual([
        'api_token',
        'dataset_revision',
        'harvest_result',
        'harvest_run',
        'harvest_site',
        'harvested_document',
        'issuer',
        'migrations',
        'primary_report',
        'region',
        'region_alias',
        'report',
        'report_region_change',
        'report_value',
        'report_value_source',
        'site_check',
        'source_document',
        'validation_issue',
      ]);
      const [row] = await db.dataSource.query(`SELECT DATE '2024-03-31' AS d, count(*) AS n, 1.10::numeric AS x FROM "region"`);
      expect(row).toEqual({ d: '2024-03-31', n: '0', x: '1.10' });

      expect(await db.dataSource.query(`SELECT "id", "revision" FROM "dataset_revision"`)).toEqual([{ id: 1, revision: '1' }]);

      const indexes: { indexname: string }[] = await db.dataSource.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'report'`);
      expect(indexes.map((i) => i.indexname)).toContain('IDX_report_keyset_current');

      for (let i = 0; i < MIGRATIONS.length; i++) await db.dataSource.undoLastMigration();
      const after: { table_name: string }[] = await db.dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
      );
      expect(after.map((t) => t.table_name)).toEqual(['migrations']);
      const types: unknown[] = await db.dataSource.query(`SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e'`);
      expect(types).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('moves value provenance out of report_value and back, through both formats of its text, without losing any', async () => {
    const db = await openTestDatabase(backend);
    try {
      await insertReadSideFixtures(db.dataSource, {
        regions: [{ code: '540402', name: '巴宜区', level: 'county', parentCode: null, path: '540402' }],
        reports: [
          {
            key: 'a',
            regionCode: '540402',
            issuerName: '巴宜区人民政府',
            issuerKind: 'gov',
            year: 2024,
            template: 'gb2021',
            values: { t3_new_received_tot: '12', t3_new_received_np: '7', t3_rate_corrected: { value: '0.5', state: 'derived' } },
          },
        ],
      });
      // Through the runner while it is open: the embedded database has a single connection.
      const texts = async (on: { query: DataSource['query'] } = db.dataSource): Promise<string[]> =>
        (await on.query(`SELECT "sources" FROM "report_value_source"`)).map((r: { sources: string }) => r.sources);
      const stored = async () => (await texts()).map((text) => Object.fromEntries(decodeValueSources(text)));
      const before = await stored();
      expect(before).toEqual([
        {
          t3_new_received_np: { provenance: { table: 't3', rowLabel: 't3_new_received_np', columnLabel: 'col', tableIndex: 1, row: 2, col: 3 } },
          t3_new_received_tot: { provenance: { table: 't3', rowLabel: 't3_new_received_tot', columnLabel: 'col', tableIndex: 1, row: 2, col: 3 } },
        },
      ]);
      expect((await texts()).every(isCompactValueSources)).toBe(true);
      const migration = (name: string) => {
        const Migration = MIGRATIONS.find((m) => m.name === name);
        if (!Migration) throw new Error(`migration ${name} is not registered`);

        return new Migration();
      };
      const move = migration('MoveValueProvenanceToReportValueSource1764570000000');
      const compact = migration('CompactValueSources1764580000000');
      const runner = db.dataSource.createQueryRunner();
      try {
        await compact.down(runner);
        const format1 = await texts(runner);
        expect(format1.some(isCompactValueSources)).toBe(false);
        expect(format1.map((text) => JSON.parse(text) as unknown)).toEqual(before);
        await move.down(runner);
        const rows: { metric_key: string; provenance: { table: string } | null; derived_from: string[] | null }[] = await runner.query(
          `SELECT "metric_key", "provenance", "derived_from" FROM "report_value" ORDER BY "metric_key"`,
        );
        expect(rows.map((r) => [r.metric_key, r.provenance?.table ?? null, r.derived_from])).toEqual([
          ['t3_new_received_np', 't3', null],
          ['t3_new_received_tot', 't3', null],
          ['t3_rate_corrected', null, null],
        ]);
        await move.up(runner);
        await compact.up(runner);
      } finally {
        await runner.release();
      }
      expect((await texts()).every(isCompactValueSources)).toBe(true);
      expect(await stored()).toEqual(before);
      const pk: { def: string }[] = await db.dataSource.query(`SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = 'PK_report_value'`);
      expect(pk[0]?.def).toBe('PRIMARY KEY (report_id, metric_key) INCLUDE (value, state)');
    } finally {
      await db.close();
    }
  });
});
