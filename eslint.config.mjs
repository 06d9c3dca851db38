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
  const shape = (graph) => JSON.stringify(Object.values(graph.nodes).map((node) => [node.name, node.data.root, node.data.tags]).sort());
  if (shape(cached) !== shape(computed)) fail('the cached project graph is not the one just computed (NX_CACHE_PROJECT_GRAPH=false?).');
  if (Object.keys(computed.nodes).length === 0) fail('the project graph has no projects.');
  return computed;
}

await projectGraphForBoundaries();

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/coverage/**', '.nx/**', '**/*.d.ts', 'tmp/**', 'data/**', 'test-output/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx'],
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
          // ARCHITECTURE: the CLI uses the api's services (ingestion, tokens) through this one entry point.
          allow: ['@gongkai/api/dist/cli-support'],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:dashboard', onlyDependOnLibsWithTags: ['scope:dashboard', 'scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:cli', onlyDependOnLibsWithTags: ['scope:cli', 'scope:api', 'scope:shared'] },
            { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:tools', 'scope:shared', 'scope:api', 'scope:cli'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:data'] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:data'] },
          ],
        },
      ],
    },
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
