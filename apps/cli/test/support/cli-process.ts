import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The built `gongkai` binary run as a user runs it, for the CLI's integration tests (the nx test target builds first). */
export const repoRoot = resolve(__dirname, '../../../..');
export const bin = join(repoRoot, 'apps/cli/bin/gongkai.js');
export const corpusDir = resolve(repoRoot, '../shared/corpus/real');

export type CliResult = { code: number; stdout: string; stderr: string };

/** `node <args>` from the repository root with `env` added; never rejects (a failure is its exit code). */
export function runNode(args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...env }, timeout: 240_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
      done({ code, stdout, stderr });
    });
  });
}

// A separate process, because PGlite's dynamic imports need plain Node (not jest's module loader).
const READ_ROWS = `
const { PGlite } = require('@electric-sql/pglite');
(async () => {
  const db = new PGlite(process.env.DATA_DIR);
  const { rows } = await db.query(process.env.READ_ROWS_SQL);
  process.stdout.write(JSON.stringify(rows));
  await db.close();
})().catch((e) => { console.error(e); process.exit(1); });
`;

/** The rows of `sql` in the embedded database at env.DATA_DIR (what the CLI stored there). */
export async function readEmbeddedRows<T>(sql: string, env: Record<string, string>): Promise<T[]> {
  const read = await runNode(['-e', READ_ROWS], { ...env, READ_ROWS_SQL: sql });
  if (read.code !== 0) throw new Error(`reading the embedded database failed: ${read.stderr}`);

  return JSON.parse(read.stdout) as T[];
}
