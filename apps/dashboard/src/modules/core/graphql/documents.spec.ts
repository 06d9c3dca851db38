import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { buildSchema, parse, validate } from 'graphql';
import ts from 'typescript';

/**
 * Every GraphQL document the dashboard sends is valid against the api's committed schema (apps/api/schema.gql):
 * a schema change that breaks a page's query fails here, not in a supervisor's browser. Documents are the string
 * constants the query modules export (evaluated, so interpolated field lists count) and every query or mutation
 * literal written inline in a page or component.
 */
const SRC = join(__dirname, '..', '..', '..');
const schema = buildSchema(readFileSync(join(SRC, '..', '..', 'api', 'schema.gql'), 'utf8'));
const OPERATION = /^\s*(query|mutation)\b|^\s*\{\s*[A-Za-z_]\w*\s*[({]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);

    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Literals of a file that read as whole operations; those with `${…}` inside are built at run time (counted apart). */
function inlineDocuments(file: string): { text: string | null; line: number }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { text: string | null; line: number }[] = [];
  const visit = (node: ts.Node) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    if ((ts.isNoSubstitutionTemplateLiteral(node) || ts.isStringLiteral(node)) && OPERATION.test(node.text)) found.push({ text: node.text, line });
    else if (ts.isTemplateExpression(node) && OPERATION.test(node.head.text)) found.push({ text: null, line });
    ts.forEachChild(node, visit);
  };
  visit(source);

  return found;
}

const files = sourceFiles(SRC);
const queryModules = files.filter((f) => /[\\/]graphql[\\/]/.test(f) && !f.endsWith('graphqlRequest.ts'));

describe('the dashboard’s GraphQL documents', () => {
  it('exported by the query modules are valid against schema.gql', async () => {
    const documents: { name: string; text: string }[] = [];
    for (const file of queryModules) {
      const exports = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) if (typeof value === 'string' && OPERATION.test(value)) documents.push({ name: `${relative(SRC, file)}:${name}`, text: value });
    }
    expect(documents.length).toBeGreaterThanOrEqual(20);
    const invalid = documents.flatMap((d) => validate(schema, parse(d.text)).map((e) => `${d.name}: ${e.message}`));
    expect(invalid).toEqual([]);
  });

  it('written inline in pages and components are valid against schema.gql', () => {
    const inline = files.filter((f) => !queryModules.includes(f)).flatMap((file) => inlineDocuments(file).map((d) => ({ ...d, file: relative(SRC, file) })));
    const checked = inline.filter((d) => d.text !== null);
    expect(checked.length).toBeGreaterThan(0);
    const invalid = checked.flatMap((d) => validate(schema, parse(d.text as string)).map((e) => `${d.file}:${d.line}: ${e.message}`));
    expect(invalid).toEqual([]);
  });

  it('catches a document the schema does not answer (the check can fail)', () => {
    expect(validate(schema, parse('{ reports(first: 1) { edges { node { noSuchField } } } }')).map((e) => e.message)).toEqual([
      'Cannot query field "noSuchField" on type "Report".',
    ]);
  });
});
