/**
 * Counts one change to the data analytics read. Run it inside the writing transaction (as its last statement:
 * the row lock is held only until commit), so the new revision becomes visible together with the data.
 */
export const BUMP_DATASET_REVISION_SQL = `UPDATE "dataset_revision" SET "revision" = "revision" + 1, "changed_at" = now() WHERE "id" = 1`;

export async function bumpDatasetRevision(runner: { query(sql: string): Promise<unknown> }): Promise<void> {
  await runner.query(BUMP_DATASET_REVISION_SQL);
}
