import { copyFileSync, existsSync, readFileSync } from 'node:fs';

import { buildSchema } from 'graphql';

import { COMMITTED_SCHEMA_FILE } from '../../src/core/graphql/create-graphql-options';
import { createTestApp, type TestApp } from '../support/test-app';

// `npm run schema:update -w @gongkai/api` (UPDATE_SCHEMA=1) rewrites the committed schema; otherwise any
// difference fails here, so `npm test` catches drift between the code-first schema and apps/api/schema.gql.
describe('GraphQL schema', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp('embedded');
  }, 600_000);

  afterAll(async () => {
    await t?.close();
  });

  it('matches the committed apps/api/schema.gql', () => {
    const generated = readFileSync(t.schemaFile, 'utf8');
    if (process.env['UPDATE_SCHEMA'] === '1') copyFileSync(t.schemaFile, COMMITTED_SCHEMA_FILE);
    expect(existsSync(COMMITTED_SCHEMA_FILE)).toBe(true);
    expect(readFileSync(COMMITTED_SCHEMA_FILE, 'utf8')).toEqual(generated);
    // The upload and delete mutations as clients call them (read from the schema: arguments carry descriptions).
    const mutations = buildSchema(generated).getMutationType()?.getFields() ?? {};
    const signature = (name: string) => `${name}(${(mutations[name]?.args ?? []).map((a) => `${a.name}: ${a.type.toString()}`).join(', ')}): ${mutations[name]?.type.toString()}`;
    expect(signature('ingestReport')).toBe('ingestReport(file: Upload!, regionCode: String): IngestResult!');
    expect(signature('deleteReport')).toBe('deleteReport(id: ID!): Boolean!');
    expect(generated).toContain('scalar Upload');
  });
});
