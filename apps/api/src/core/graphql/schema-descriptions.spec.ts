import { readFileSync } from 'node:fs';

import { COMMITTED_SCHEMA_FILE } from './create-graphql-options';
import { findUndescribedSchemaElements } from './utils/find-undescribed-schema-elements.util';

// The drift test (test/schema) keeps the committed schema equal to the code-first one, so walking the file walks the api.
describe('the committed GraphQL schema', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    expect(findUndescribedSchemaElements(readFileSync(COMMITTED_SCHEMA_FILE, 'utf8'))).toEqual([]);
  });

  it('finds what lacks a description', () => {
    const sdl = '"""Root""" type Query { """x""" a(b: Int): T c: Int } type T { """y""" d: E } enum E { """v""" V W } input I { e: Int }';
    expect(findUndescribedSchemaElements(sdl)).toEqual(['Query.a(b)', 'Query.c', 'type T', 'type E', 'E.W', 'type I', 'I.e']);
  });
});
