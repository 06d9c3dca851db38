import { type DocumentNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse, type SelectionSetNode } from 'graphql';

import { ANALYTICS_FIELDS } from '../../graphql/constants/analytics-fields.constant';

export type RequestKind = 'read' | 'write';

/** What a request costs: which budget, its base points, and how many analytics fields it asks to compute. */
export type RequestCost = { kind: RequestKind; points: number; analyticsFields: number };

type GraphqlParams = { query?: unknown; operationName?: unknown };

/**
 * The cost of one GraphQL request from its text, before anything runs: a mutation is a write, anything else a
 * read; each top-level field (aliases count: a hundred aliases of `ranking` are a hundred rankings) is a point,
 * and analytics fields are counted apart so that the caller weighs those it has to compute. A body it cannot
 * read costs one read point: GraphQL refuses it cheaply.
 */
export function graphqlRequestCost(params: GraphqlParams | GraphqlParams[] | null | undefined): RequestCost {
  const list = Array.isArray(params) ? params : [params ?? {}];
  const total: RequestCost = { kind: 'read', points: 0, analyticsFields: 0 };
  for (const one of list) {
    const cost = costOf(one);
    if (cost.kind === 'write') total.kind = 'write';
    total.points += cost.points;
    total.analyticsFields += cost.analyticsFields;
  }
  total.points = Math.max(1, total.points);

  return total;
}

function costOf(params: GraphqlParams): RequestCost {
  if (typeof params?.query !== 'string') return { kind: 'read', points: 1, analyticsFields: 0 };
  let document: DocumentNode;
  try {
    document = parse(params.query, { noLocation: true, maxTokens: 50_000 });
  } catch {
    return { kind: 'read', points: 1, analyticsFields: 0 };
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const name = typeof params.operationName === 'string' ? params.operationName : undefined;
  const operation = (name ? operations.find((o) => o.name?.value === name) : operations[0]) ?? operations[0];
  if (!operation) return { kind: 'read', points: 1, analyticsFields: 0 };
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f] as const),
  );
  const fields = topLevelFields(operation.selectionSet, fragments, new Set());

  return {
    kind: operation.operation === 'mutation' ? 'write' : 'read',
    points: Math.max(1, fields.length),
    analyticsFields: operation.operation === 'query' ? fields.filter((f) => ANALYTICS_FIELDS.has(f)).length : 0,
  };
}

/** Field names at the operation's root, through inline fragments and fragment spreads (each spread once). */
function topLevelFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): string[] {
  const names: string[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) names.push(...topLevelFields(selection.selectionSet, fragments, seen));
    else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      seen.add(fragment.name.value);
      names.push(...topLevelFields(fragment.selectionSet, fragments, seen));
    }
  }

  return names;
}
