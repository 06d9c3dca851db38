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
        'assessment_scheme',
        'audit_event',
        'dataset_revision',
        'harvest_result',
        'harvest_run',
        'harvest_site',
        'harvested_document',
        'issuer',
        'migrations',
        'primary_report',
        'rate_limit_bucket',
        'region',
        'region_alias',
        'report',
        'report_narrative',
        'report_page_image',
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
      expect(indexes.map((i) => i.indexname)).toEqual(expect.arrayContaining(['IDX_report_keyset_current', 'IDX_report_year_asc_current', 'IDX_report_ingested_current']));
      const issueIndexes: { indexname: string }[] = await db.dataSource.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'validation_issue'`);
      expect(issueIndexes.map((i) => i.indexname)).toContain('IDX_validation_issue_failed_report');

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

  it('gives rates stored with a 0 denominator the state undefined, and takes it back down', async () => {
    const db = await openTestDatabase(backend);
    try {
      const rate = (value: string | null) => ({ value, state: 'derived' as const });
      const report = (key: string, code: string, values: Record<string, string | null | { value: string | null; state: 'derived' | 'blank' }>) => ({
        key,
        regionCode: code,
        issuerName: `${code} 人民政府`,
        issuerKind: 'gov' as const,
        year: 2024,
        template: 'gb2021' as const,
        values,
      });
      // As stored before the migration: a rate over 0 was `derived` with no value, like a rate over a blank cell.
      await insertReadSideFixtures(db.dataSource, {
        regions: ['540402', '540421', '540422'].map((code) => ({ code, name: code, level: 'county' as const, parentCode: null, path: code })),
        reports: [
          report('zero', '540402', { t4_review_total: '0', t4_review_corrected: '0', rate_review_corrected: rate(null) }),
          report('blank', '540421', { t4_review_total: { value: null, state: 'blank' }, rate_review_corrected: rate(null) }),
          report('four', '540422', { t4_review_total: '4', t4_review_corrected: '1', rate_review_corrected: rate('0.25') }),
        ],
      });
      const states = async (on: { query: DataSource['query'] }): Promise<[string, string][]> =>
        (
          (await on.query(
            `SELECT r."region_code", v."state"::text AS state FROM "report_value" v JOIN "report" r ON r."id" = v."report_id" WHERE v."metric_key" = 'rate_review_corrected' ORDER BY r."region_code"`,
          )) as { region_code: string; state: string }[]
        ).map((r) => [r.region_code, r.state]);
      const labels = async (on: { query: DataSource['query'] }): Promise<string[]> =>
        ((await on.query(`SELECT unnest(enum_range(NULL::"value_state_enum"))::text AS label`)) as { label: string }[]).map((r) => r.label);
      const Migration = MIGRATIONS.find((m) => m.name === 'AddUndefinedValueState1765500000000');
      if (!Migration) throw new Error('AddUndefinedValueState1765500000000 is not registered');
      const runner = db.dataSource.createQueryRunner();
      try {
        await new Migration().down(runner);
        expect(await labels(runner)).toEqual(['number', 'blank', 'na', 'derived']);
        await new Migration().up(runner);
        expect(await labels(runner)).toEqual(['number', 'blank', 'na', 'derived', 'undefined']);
        expect(await states(runner)).toEqual([
          ['540402', 'undefined'],
          ['540421', 'derived'],
          ['540422', 'derived'],
        ]);
        await new Migration().down(runner);
        expect(await states(runner)).toEqual([
          ['540402', 'derived'],
          ['540421', 'derived'],
          ['540422', 'derived'],
        ]);
        await new Migration().up(runner);
      } finally {
        await runner.release();
      }
    } finally {
      await db.close();
    }
  });

  it('folds the per-mode finding rows into one row per problem with its modes, and restores them down', async () => {
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
            values: { t3_new_received_tot: '12' },
            issues: [
              { rule: 'T3_BALANCE', severity: 'ERROR', modes: ['strict', 'lenient'] },
              { rule: 'T3_ROW_TOTAL', severity: 'ERROR', modes: ['lenient'] },
              { rule: 'T3_INT_NONNEG', severity: 'ERROR', modes: ['strict', 'lenient'] },
              { rule: 'META_SIX_SECTIONS', severity: 'WARN', modes: ['strict', 'lenient'] },
              { rule: 'XY_T3_CARRY', severity: 'WARN', modes: ['strict', 'lenient'], scope: 'cross_year' },
            ],
          },
        ],
      });
      const migration = MIGRATIONS.find((m) => m.name === 'AddValidationIssueModes1765300000001');
      if (!migration) throw new Error('migration AddValidationIssueModes1765300000001 is not registered');
      const columns = async (on: { query: DataSource['query'] }) =>
        ((await on.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'validation_issue' AND column_name LIKE 'mode%'`)) as { column_name: string }[]).map(
          (c) => c.column_name,
        );
      type Row = { id: string; rule: string; mode?: string; modes?: string[]; scope: string };
      const rows = async (on: { query: DataSource['query'] }, column: 'mode' | 'modes'): Promise<Row[]> =>
        on.query(`SELECT "id", "rule", "${column}"${column === 'mode' ? '::text' : ''} AS "${column}", "scope"::text AS "scope" FROM "validation_issue" ORDER BY "rule", "${column}"`);
      const before = await rows(db.dataSource, 'modes');
      expect(before.map((r) => [r.rule, r.modes])).toEqual([
        ['META_SIX_SECTIONS', ['strict', 'lenient']],
        ['T3_BALANCE', ['strict', 'lenient']],
        ['T3_INT_NONNEG', ['strict', 'lenient']],
        ['T3_ROW_TOTAL', ['lenient']],
        ['XY_T3_CARRY', ['strict', 'lenient']],
      ]);
      const runner = db.dataSource.createQueryRunner();
      try {
        await new migration().down(runner);
        expect(await columns(runner)).toEqual(['mode']);
        // A row per mode where the parser used to write one (ERROR rules run in both modes), else one row in strict.
        const perMode = await rows(runner, 'mode');
        expect(perMode.map((r) => [r.rule, r.mode])).toEqual([
          ['META_SIX_SECTIONS', 'strict'],
          ['T3_BALANCE', 'lenient'],
          ['T3_BALANCE', 'strict'],
          ['T3_INT_NONNEG', 'lenient'],
          ['T3_INT_NONNEG', 'strict'],
          ['T3_ROW_TOTAL', 'lenient'],
          ['XY_T3_CARRY', 'strict'],
        ]);
        await new migration().up(runner);
        expect(await columns(runner)).toEqual(['modes']);
        // The same rows as before, the strict row of each pair kept.
        expect(await rows(runner, 'modes')).toEqual(before);
        await expect(runner.query(`UPDATE "validation_issue" SET "modes" = '{}'`)).rejects.toThrow(/CHK_validation_issue_modes/);
      } finally {
        await runner.release();
      }
    } finally {
      await db.close();
    }
  });
});
