import { type MigrationInterface, type QueryRunner } from 'typeorm';

import { decodeValueSources, encodeValueSources, isCompactValueSources } from '../value-sources';

/** Rows converted a statement at a time: bounded memory on a national database (≈ 20 KB a row after). */
const BATCH = 500;

/**
 * report_value_source.sources from format 1 (each value repeating its row and column labels) to format 2 (the
 * labels listed once, a value's cell as an array): ≈ 46 → 20 KB a report, see value-sources.ts. Converted in
 * this process by the same codec the store writes with, in keyset batches; `down` writes format 1 back, so the
 * previous migration's `down` (which reads format 1 in SQL) still restores every provenance.
 */
export class CompactValueSources1764580000000 implements MigrationInterface {
  name = 'CompactValueSources1764580000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await convert(queryRunner, (text) => (isCompactValueSources(text) ? null : encodeValueSources(entriesOf(text)) ?? '{}'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await convert(queryRunner, (text) => (isCompactValueSources(text) ? JSON.stringify(Object.fromEntries(decodeValueSources(text))) : null));
  }
}

function entriesOf(text: string) {
  return [...decodeValueSources(text)].map(([key, source]) => ({ key, provenance: source.provenance ?? null, derivedFrom: source.derivedFrom ?? null }));
}

/** Rewrites every row whose text `rewrite` changes (null: leave it), a batch of BATCH rows a statement. */
async function convert(queryRunner: QueryRunner, rewrite: (text: string) => string | null): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows: { report_id: string; sources: string }[] = await queryRunner.query(
      `SELECT "report_id", "sources" FROM "report_value_source" WHERE "report_id" > $1 ORDER BY "report_id" LIMIT ${BATCH}`,
      [after],
    );
    if (rows.length === 0) return;
    after = rows[rows.length - 1].report_id;
    const changed = rows.flatMap((row) => {
      const sources = rewrite(row.sources);

      return sources === null ? [] : [{ id: row.report_id, sources }];
    });
    if (changed.length === 0) continue;
    await queryRunner.query(
      `UPDATE "report_value_source" s SET "sources" = c."sources"
       FROM unnest($1::uuid[], $2::text[]) AS c("report_id", "sources") WHERE s."report_id" = c."report_id"`,
      [changed.map((c) => c.id), changed.map((c) => c.sources)],
    );
  }
}
