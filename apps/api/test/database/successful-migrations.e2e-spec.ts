import { MIGRATIONS } from '@gongkai/database';
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
        'issuer',
        'migrations',
        'primary_report',
        'region',
        'region_alias',
        'report',
        'report_value',
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
});
