/** One request of docs/GRAPHQL.md: what follows `gq '…'`, parsed. */
export type GuideExample = {
  /** 1-based line of the guide where the example starts. */
  line: number;
  /** The root field the example asks for, e.g. `report` (the tab's title in the explorer). */
  title: string;
  query: string;
  variables: Record<string, unknown> | null;
  /** The example as written (the shell-quoted JSON body). */
  body: string;
};

export type GuideExampleProblem = { line: number; body: string; error: string };

// `gq '<json>'` — the shell function of the guide; single-quoted, so the body holds no `'` and may span lines.
const GQ_CALL = /^gq '([^']*)'/gm;

/**
 * The examples of the analyst's guide, in order. Pure (the text in, no file access), so the explorer preloads the
 * same list the guide test runs. Bodies that are not JSON with a `query` string are returned as problems.
 */
export function extractGuideExamples(markdown: string): { examples: GuideExample[]; problems: GuideExampleProblem[] } {
  const examples: GuideExample[] = [];
  const problems: GuideExampleProblem[] = [];
  for (const match of markdown.matchAll(GQ_CALL)) {
    const body = match[1] ?? '';
    const line = markdown.slice(0, match.index).split('\n').length;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      problems.push({ line, body, error: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const request = parsed as { query?: unknown; variables?: unknown };
    if (typeof request.query !== 'string') {
      problems.push({ line, body, error: 'no "query" string' });
      continue;
    }
    const variables = request.variables && typeof request.variables === 'object' ? (request.variables as Record<string, unknown>) : null;
    examples.push({ line, title: titleOf(request.query), query: request.query, variables, body });
  }

  return { examples, problems };
}

/** `mutation { createApiToken(…` → `createApiToken`; the first root field, else the operation keyword. */
function titleOf(query: string): string {
  const selection = query.slice(query.indexOf('{') + 1);

  return /^\s*([A-Za-z_]\w*)/.exec(selection)?.[1] ?? 'query';
}
