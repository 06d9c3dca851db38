import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

import { buildSchema, Kind, parse, validate, type FieldNode, type OperationDefinitionNode } from 'graphql';
import ts from 'typescript';

import { HEADLINE_METRICS } from '@gongkai/domain';

import { TypedDocumentString } from '../../../gql/graphql';
import { GET_HEADLINE } from '../../overview/graphql/queries/getHeadline';

/**
 * The typed client's guarantees: every document the dashboard sends is a `graphql(...)` document of src/gql, valid
 * against the api's committed schema.gql; none is a bare string the generator never saw; and the committed
 * generated types are what the generator makes of today's schema and documents (a stale src/gql fails here).
 */
const APP = join(__dirname, '..', '..', '..', '..');
const SRC = join(APP, 'src');
const schema = buildSchema(readFileSync(join(APP, '..', 'api', 'schema.gql'), 'utf8'));
const OPERATION = /^\s*(query|mutation|fragment)\b|^\s*\{\s*[A-Za-z_]\w*\s*[({]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' && dir === SRC ? [] : sourceFiles(path);

    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Literals that read as GraphQL operations and are not the argument of a `graphql(...)` call. */
function untypedDocuments(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const literal =
      ts.isNoSubstitutionTemplateLiteral(node) || ts.isStringLiteral(node)
        ? node.text
        : ts.isTemplateExpression(node)
          ? node.head.text
          : null;
    if (literal !== null && OPERATION.test(literal)) {
      const call = node.parent;
      const typed =
        ts.isCallExpression(call) &&
        ts.isIdentifier(call.expression) &&
        call.expression.text === 'graphql' &&
        ts.isNoSubstitutionTemplateLiteral(node);
      if (!typed)
        found.push(
          `${relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`,
        );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  return found;
}

const files = sourceFiles(SRC);
const queryModules = files.filter((f) => /[\\/]graphql[\\/]/.test(f) && !f.endsWith('graphqlRequest.ts'));

describe('the dashboard’s GraphQL documents', () => {
  it('exported by the query modules are typed documents, valid against schema.gql', async () => {
    const documents: { name: string; text: string }[] = [];
    for (const file of queryModules) {
      const exports = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value === 'string' && OPERATION.test(value))
          documents.push({ name: `${relative(SRC, file)}:${name}`, text: 'untyped' });
        if (value instanceof TypedDocumentString)
          documents.push({ name: `${relative(SRC, file)}:${name}`, text: value.toString() });
      }
    }
    expect(documents.filter((d) => d.text === 'untyped').map((d) => d.name)).toEqual([]);
    // A fragment on its own is checked inside the operations that spread it (alone it would be "never used").
    const operations = documents.filter(
      (d) =>
        d.text === 'untyped' ||
        parse(d.text).definitions.some((def) => def.kind === Kind.OPERATION_DEFINITION),
    );
    expect(operations.length).toBeGreaterThanOrEqual(30);
    const invalid = operations.flatMap((d) =>
      validate(schema, parse(d.text)).map((e) => `${d.name}: ${e.message}`),
    );
    expect(invalid).toEqual([]);
  });

  it('are never a bare string the generator did not see (no untyped query or mutation anywhere in src)', () => {
    expect(files.flatMap((f) => untypedDocuments(f))).toEqual([]);
  });

  it('catches a document the schema does not answer (the check can fail)', () => {
    expect(
      validate(schema, parse('{ reports(first: 1) { edges { node { noSuchField } } } }')).map(
        (e) => e.message,
      ),
    ).toEqual(['Cannot query field "noSuchField" on type "Report".']);
  });

  it('finds an untyped document (the scan can fail)', () => {
    const probe = join(SRC, 'probe.ts');
    const text =
      "const A = graphql(`query A { viewer { role } }`);\nconst B = `query { viewer { role } }`;\nrequest('mutation { removeSampleData }');\n";
    expect(untypedDocuments(probe, text)).toEqual(['probe.ts:2', 'probe.ts:3']);
  });

  it('GET_HEADLINE asks for every headline metric of libs/domain with its function, by year and by year and template', () => {
    const operation = parse(GET_HEADLINE.toString()).definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const fields = (operation?.selectionSet.selections ?? []).filter(
      (s): s is FieldNode => s.kind === Kind.FIELD,
    );
    const args = (f: FieldNode): Record<string, unknown> =>
      Object.fromEntries(
        (f.arguments ?? []).map((a) => [
          a.name.value,
          a.value.kind === Kind.LIST
            ? a.value.values.map((v) => (v as { value: string }).value)
            : (a.value as { value?: string }).value,
        ]),
      );
    const asked = fields.map((f) => {
      const a = args(f);

      return { alias: f.alias?.value, metric: a.metric, fn: a.fn, groupBy: a.groupBy };
    });
    expect(asked).toEqual(
      HEADLINE_METRICS.flatMap((m) => [
        { alias: m.alias, metric: m.key, fn: m.fn, groupBy: ['year'] },
        { alias: `${m.alias}Templates`, metric: m.key, fn: 'count', groupBy: ['year', 'template'] },
      ]),
    );
  });

  it('src/gql is what the generator makes of schema.gql and the documents today (regenerate: npx nx run dashboard:codegen)', () => {
    // The generator's own check mode (it runs as a process: its CLI loads ES modules jest cannot require).
    const check = spawnSync(
      process.execPath,
      [
        join(APP, '..', '..', 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'),
        '--config',
        'codegen.ts',
        '--check',
      ],
      { cwd: APP, encoding: 'utf8' },
    );
    expect({
      status: check.status,
      stale: check.status === 0 ? '' : `${check.stdout}${check.stderr}`,
    }).toEqual({ status: 0, stale: '' });
  }, 60_000);
});
