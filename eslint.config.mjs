// Lint for the whole workspace. Module boundaries follow ARCHITECTURE.md: the data flows one way and
// each project may import only what its tags allow.
import js from '@eslint/js';
import { createProjectGraphAsync, readCachedProjectGraph } from '@nx/devkit';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * @nx/enforce-module-boundaries reads the project graph that Nx caches in .nx/workspace-data. Without one it prints
 * "No cached ProjectGraph is available. The rule will be skipped." and lint passes having checked no boundary;
 * with an old one it checks the tags and folders of that old graph. So the graph is computed here, before any file
 * is linted (about 1.5 s), and lint stops when Nx cannot compute it or the rule would not see it.
 */
async function projectGraphForBoundaries() {
  const fail = (why) => {
    throw new Error(
      `eslint.config.mjs: module boundaries cannot be checked: ${why}\n` +
        'Fix what `npx nx show projects` reports, then lint again (the rule would otherwise skip every boundary).',
    );
  };
  let computed;
  try {
    computed = await createProjectGraphAsync({ exitOnError: false });
  } catch (error) {
    // A ProjectGraphError carries the errors of each project file it could not read.
    const causes = typeof error?.getErrors === 'function' ? error.getErrors().map((e) => e.message ?? String(e)) : [];
    fail(`Nx could not compute the project graph: ${[error instanceof Error ? error.message : String(error), ...causes].join('; ')}`);
  }
  let cached;
  try {
    cached = readCachedProjectGraph();
  } catch {
    fail('Nx computed the project graph but did not cache it (NX_CACHE_PROJECT_GRAPH=false?), and the rule reads only the cache.');
  }
  // What the rule uses: each project's root and tags, and the dependencies between our projects.
  const shape = (graph) =>
    JSON.stringify([
      Object.values(graph.nodes).map((node) => [node.name, node.data.root, node.data.tags]).sort(),
      Object.values(graph.dependencies)
        .flat()
        .filter((dep) => graph.nodes[dep.target])
        .map((dep) => `${dep.source}>${dep.target}`)
        .sort(),
    ]);
  if (shape(cached) !== shape(computed)) fail('the cached project graph is not the one just computed (NX_CACHE_PROJECT_GRAPH=false?).');
  if (Object.keys(computed.nodes).length === 0) fail('the project graph has no projects.');
  return computed;
}

const projectGraph = await projectGraphForBoundaries();

/**
 * The constraints below speak in tags; this keeps the tags true to the folders (the npm workspaces) they stand for:
 * every project in apps/ is tagged `type:app`, every project in tools/ `scope:tools`, and a lib neither. So the
 * constraints on type:app hold for every app, scope:tools marks exactly the tools, and a new project cannot slip
 * past the house rules by its tags.
 */
function checkTagsMatchFolders(graph) {
  const wrong = [];
  for (const { name, data } of Object.values(graph.nodes)) {
    const has = (tag) => data.tags.includes(tag);
    const folder = data.root.split('/')[0];
    if (folder === 'apps' && (!has('type:app') || has('scope:tools'))) wrong.push(`${data.root} (${name}) is an app: tag it type:app, not scope:tools`);
    else if (folder === 'tools' && !has('scope:tools')) wrong.push(`${data.root} (${name}) is a tool: tag it scope:tools`);
    else if (folder === 'libs' && (has('type:app') || has('scope:tools'))) wrong.push(`${data.root} (${name}) is a lib: not type:app, not scope:tools`);
    else if (!['apps', 'libs', 'tools'].includes(folder)) wrong.push(`${data.root || '.'} (${name}) is outside apps/, libs/ and tools/`);
  }
  if (wrong.length > 0) throw new Error(`eslint.config.mjs: project tags do not match their folders:\n  ${wrong.join('\n  ')}`);
}
checkTagsMatchFolders(projectGraph);

/** Roots of the projects tagged purity:pure (libs/domain, libs/report-parser). */
const pureRoots = Object.values(projectGraph.nodes)
  .filter((node) => node.data.tags.includes('purity:pure'))
  .map((node) => node.data.root)
  .sort();
// Node built-ins that read or write files, open sockets or start processes. @nx/enforce-module-boundaries cannot
// ban these (it stops at any import that is a node built-in), so a second block below does, for the same tag.
const IO_BUILTINS = ['fs', 'net', 'child_process', 'http', 'https', 'http2', 'tls', 'dgram', 'dns'];
const IO_BUILTIN_PATHS = [...IO_BUILTINS, 'fs/promises', 'dns/promises'].flatMap((name) => [name, `node:${name}`]);
const IO_BUILTIN_PATTERN = `/^(node:)?(${IO_BUILTINS.join('|')})(\\/.*)?$/`;
const PURE_MESSAGE =
  'A purity:pure project (the parser, the domain) does no I/O: bytes in, values out (ARCHITECTURE.md). The caller reads files, talks to the network and runs processes.';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/coverage/**', '.nx/**', '**/*.d.ts', 'tmp/**', 'data/**', 'test-output/**', 'apps/dashboard/src/gql/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.cjs'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          depConstraints: [
            // The house reads apps → libs and tools → libs. No app imports a tool, not even through a lib
            // (notDependOnLibsWithTags follows the imported project's own dependencies too); tools/bench, also a
            // type:app, imports no other tool either.
            { sourceTag: 'type:app', notDependOnLibsWithTags: ['scope:tools'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            // The dashboard talks to the api only over GraphQL: of our libs it imports only the vocabulary
            // (libs/domain: labels, units, rule ids), not regions, the parser or the generator.
            // libs/briefing (type:render) draws slides: a chart card's .pptx and the api's pack share its code.
            { sourceTag: 'scope:dashboard', onlyDependOnLibsWithTags: ['scope:dashboard', 'type:vocabulary', 'type:render'] },
            // The write path: libs/database (schema, connections) under libs/report-store; both below the apps.
            // The store asks an injected converter (libs/document-convert) for .docx bytes of a legacy document,
            // and knows the office formats by content; the adapters themselves stand on pure libs only.
            { sourceTag: 'scope:store', onlyDependOnLibsWithTags: ['scope:store', 'scope:convert', 'scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:store', 'scope:convert', 'scope:shared'] },
            { sourceTag: 'scope:cli', onlyDependOnLibsWithTags: ['scope:cli', 'scope:store', 'scope:convert', 'scope:shared'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:store', 'scope:convert', 'scope:shared'] },
            // ARCHITECTURE: adapters (processes, files: LibreOffice, OCR) import only the pure libs (domain, the
            // parser's model), never the store or an app; and nothing pure imports them (purity:pure below).
            { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['purity:pure'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:data'] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:data'] },
            // ARCHITECTURE: the parser is pure: no database, no Nest, no network. It imports only pure libs and no
            // database or server package (node built-ins: see IO_BUILTINS).
            {
              sourceTag: 'purity:pure',
              onlyDependOnLibsWithTags: ['purity:pure'],
              bannedExternalImports: ['pg', 'pg/*', 'pg-*', '@electric-sql/*', 'typeorm', 'typeorm/*', '@nestjs/*'],
            },
          ],
        },
      ],
    },
  },
  ...(pureRoots.length === 0
    ? []
    : [
        {
          // The source, not its specs and test support: they read the corpus from disk and run the real producers
          // (Chromium, LibreOffice) to make test inputs. src/testing is left out of the library's build
          // (tsconfig.lib.json), so none of it ships with the parser.
          files: pureRoots.map((root) => `${root}/src/**/*.{ts,tsx,js,mjs,cjs}`),
          ignores: ['**/*.spec.ts', '**/*.spec.tsx', '**/src/testing/**'],
          rules: {
            '@typescript-eslint/no-restricted-imports': ['error', { paths: IO_BUILTIN_PATHS.map((name) => ({ name, message: PURE_MESSAGE })) }],
            'no-restricted-syntax': [
              'error',
              { selector: `CallExpression[callee.name='require'][arguments.0.value=${IO_BUILTIN_PATTERN}]`, message: PURE_MESSAGE },
              { selector: `ImportExpression[source.value=${IO_BUILTIN_PATTERN}]`, message: PURE_MESSAGE },
            ],
          },
        },
      ]),
  {
    // Each project's Jest config extends the workspace preset, a file of the root (no project's code): the one
    // relative import the boundary rule would otherwise report as an "external resource".
    files: ['**/jest.config.{js,cjs}', '**/jest.*.config.{js,cjs}'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // Nest injects by the emitted constructor metadata: a class used only as a parameter type is a runtime value.
    files: ['apps/api/**/*.ts', 'apps/cli/**/*.ts'],
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
