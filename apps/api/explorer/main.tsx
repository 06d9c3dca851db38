// The analyst's explorer, built with the api (vite build → dist/explorer) and served by it at GET /graphql: no
// CDN, no web fonts from elsewhere (the Roboto and Fira Code of @graphiql/react are inlined data: URLs), so it
// works on a network without internet access.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '@graphiql/react/font/roboto.css';
import '@graphiql/react/font/fira-code.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { GraphiQL } from 'graphiql';
import { Kind, parse, print, type ExecutionResult } from 'graphql';

// The guide itself (alias of vite.config.mts), so the preloaded examples are the ones docs/GRAPHQL.md shows.
import guide from '@docs/GRAPHQL.md?raw';
import { extractGuideExamples } from '../src/core/graphql/utils/extract-guide-examples.util';

type FetcherParams = { query: string; operationName?: string | null; variables?: Record<string, unknown> | null };
type FetcherOptions = { headers?: Record<string, unknown> };

// Same origin only: the page's own /graphql. Headers typed in the explorer's header tab (a token) go along.
async function fetcher(params: FetcherParams, options?: FetcherOptions): Promise<ExecutionResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  for (const [name, value] of Object.entries(options?.headers ?? {})) if (typeof value === 'string') headers[name.toLowerCase()] = value;
  const response = await fetch(new URL('/graphql', window.location.origin), { method: 'POST', headers, body: JSON.stringify(params), credentials: 'omit' });

  return (await response.json()) as ExecutionResult;
}

// Each example of docs/GRAPHQL.md is a tab, in the guide's order; a title comment says where it comes from.
const tabs = extractGuideExamples(guide).examples.map((example) => ({
  query: `# docs/GRAPHQL.md，第 ${example.line} 行\n${readable(example.query, example.title)}\n`,
  variables: example.variables ? JSON.stringify(example.variables, null, 2) : undefined,
}));

/** The guide's one-line query, laid out, its operation named after its root field (GraphiQL's tab title). */
function readable(query: string, name: string): string {
  try {
    const document = parse(query);
    const [first, ...rest] = document.definitions;
    if (first?.kind !== Kind.OPERATION_DEFINITION || first.name) return print(document);

    return print({ ...document, definitions: [{ ...first, name: { kind: Kind.NAME, value: name } }, ...rest] });
  } catch {
    // An example the guide test would reject: shown as written.
    return query;
  }
}

const root = document.getElementById('explorer');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultTabs={tabs} defaultEditorToolsVisibility shouldPersistHeaders={false} />
    </StrictMode>,
  );
}
