import { type DocumentNode, Kind, type OperationDefinitionNode } from 'graphql';

/**
 * The metrics label of a GraphQL operation: its root field names, sorted and joined ("datasetInfo+ranking"),
 * which the schema bounds, rather than the client-chosen operation name. More than three fields are "multiple".
 */
export function operationLabel(document: DocumentNode | undefined, operationName: string | null | undefined): { type: string; operation: string } {
  const operations = (document?.definitions ?? []).filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = (operationName ? operations.find((o) => o.name?.value === operationName) : undefined) ?? operations[0];
  if (!operation) return { type: 'unknown', operation: 'unknown' };
  const fields = [
    ...new Set(operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []))),
  ].sort();
  const name = fields.length === 0 ? 'fragments' : fields.length > 3 ? 'multiple' : fields.join('+');

  return { type: operation.operation, operation: name };
}
