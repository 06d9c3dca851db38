import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';

import { CACHEABLE_ROOT_FIELDS } from '../constants/cacheable-root-fields.constant';

/**
 * True when the operation `operationName` picks (or the only one) is a query whose root selections are all
 * plain fields from CACHEABLE_ROOT_FIELDS. Fragments at the root are refused rather than expanded: the
 * dashboard never sends them, and refusing is the safe side.
 */
export function isCacheableOperation(document: DocumentNode, operationName: string | null | undefined): boolean {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation || operation.operation !== 'query') return false;

  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(s.name.value));
}
