import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/** What a query asks of one object field of the items it resolves: nothing, only `id` (and `__typename`), or more. */
export type FieldSelection = 'none' | 'id' | 'full';

/**
 * What the resolved field's items ask of their object field `name` (e.g. CoverageEntry.report), read from the
 * query: a fragment among the items' selections counts as asking for everything (it is not expanded here).
 */
export function selectionOfField(info: Pick<GraphQLResolveInfo, 'fieldNodes'>, name: string): FieldSelection {
  let out: FieldSelection = 'none';
  for (const node of info.fieldNodes) {
    for (const s of node.selectionSet?.selections ?? []) {
      if (s.kind !== Kind.FIELD) return 'full';
      if (s.name.value !== name) continue;
      if (!onlyId(s.selectionSet)) return 'full';
      out = 'id';
    }
  }

  return out;
}

function onlyId(set: SelectionSetNode | undefined): boolean {
  return set !== undefined && set.selections.every((s) => s.kind === Kind.FIELD && (s.name.value === 'id' || s.name.value === '__typename'));
}
