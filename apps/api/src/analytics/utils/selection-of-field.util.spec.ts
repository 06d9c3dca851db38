import { type FieldNode, type OperationDefinitionNode, parse } from 'graphql';

import { selectionOfField } from './selection-of-field.util';

/** The root field's nodes of a query, as GraphQLResolveInfo.fieldNodes holds them. */
function rootNodes(query: string): { fieldNodes: FieldNode[] } {
  const operation = parse(query).definitions[0] as OperationDefinitionNode;

  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode] };
}

describe('selectionOfField', () => {
  it('is none when the field is not asked for', () => {
    expect(selectionOfField(rootNodes('{ coverage { year status } }'), 'report')).toBe('none');
  });

  it('is id for id and __typename only, aliases included', () => {
    expect(selectionOfField(rootNodes('{ coverage { report { id } } }'), 'report')).toBe('id');
    expect(selectionOfField(rootNodes('{ coverage { year report { __typename reportId: id } } }'), 'report')).toBe('id');
  });

  it('is full for any other field, a second selection asking more, or a fragment', () => {
    expect(selectionOfField(rootNodes('{ coverage { report { id title } } }'), 'report')).toBe('full');
    expect(selectionOfField(rootNodes('{ coverage { report { id } again: report { issuer { kind } } } }'), 'report')).toBe('full');
    expect(selectionOfField(rootNodes('{ coverage { report { ... on Report { id } } } }'), 'report')).toBe('full');
    expect(selectionOfField(rootNodes('{ coverage { ... on CoverageEntry { year } } }'), 'report')).toBe('full');
  });
});
