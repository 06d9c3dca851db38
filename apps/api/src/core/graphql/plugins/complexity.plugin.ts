import { type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';

import { type DocumentNode, GraphQLError, type GraphQLSchema } from 'graphql';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

import { ANALYTICS_FIELDS } from '../constants/analytics-fields.constant';

/**
 * Lists cost what they may return: a field with a `first` argument multiplies its children by `first`
 * (capped at 100 by the resolvers anyway); everything else costs 1 plus its children.
 */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args['first'] === 'number' ? Math.max(1, Math.min(args['first'], 100)) : undefined;

  return first === undefined ? undefined : 1 + first * Math.max(childComplexity, 1);
};

/** Each analytics query costs as much as a large page: a request can hold about twenty, not hundreds of aliases. */
export const ANALYTICS_FIELD_COST = 1000;

const analyticsEstimator: ComplexityEstimator = ({ type, field, childComplexity }) =>
  type.name === 'Query' && ANALYTICS_FIELDS.has(field.name) ? ANALYTICS_FIELD_COST + childComplexity : undefined;

/** Refuses operations whose estimated cost exceeds `maxComplexity`, before anything is resolved. */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
      return {
        async didResolveOperation({ request, document, schema }: { request: { operationName?: string | null; variables?: Record<string, unknown> | null }; document: DocumentNode; schema: GraphQLSchema }) {
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [analyticsEstimator, pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > maxComplexity) {
            throw new GraphQLError(`The query is too complex: ${complexity} > ${maxComplexity}. Ask for fewer fields or smaller pages.`, {
              // Apollo answers an error thrown from a plugin with HTTP 500 unless told otherwise: this is the client's.
              extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX', complexity, maxComplexity, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
