import { type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';

import { type DocumentNode, GraphQLError, visit } from 'graphql';

/** PostgreSQL text cannot hold NUL; such input is the caller's mistake, not a server error. */
const NUL = '\u0000';

function hasNul(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (typeof value === 'string') return value.includes(NUL);
  if (Array.isArray(value)) return value.some((v) => hasNul(v, depth + 1));
  if (value !== null && typeof value === 'object') return Object.values(value).some((v) => hasNul(v, depth + 1));

  return false;
}

function documentHasNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes(NUL)) found = true;
    },
  });

  return found;
}

/** Refuses operations whose arguments or variables contain a NUL character, before anything runs. */
export function inputTextPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
      return {
        async didResolveOperation({ request, document }) {
          if (hasNul(request.variables) || documentHasNul(document)) {
            throw new GraphQLError('Arguments may not contain the NUL character (\\u0000).', {
              extensions: { code: 'BAD_USER_INPUT', reason: 'NUL_IN_TEXT', messageZh: '参数中不能包含空字符（\\u0000）。', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
