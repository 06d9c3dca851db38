import { join } from 'node:path';

import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { type ApolloDriverConfig } from '@nestjs/apollo';

import depthLimit from 'graphql-depth-limit';

import { type ConfigService } from '../config/config.service';
import { type DataloaderService } from '../dataloader/dataloader.service';
import { formatGraphqlError } from '../errors/format-graphql-error.util';
import { MAX_QUERY_COMPLEXITY, MAX_QUERY_DEPTH } from './graphql-limits.constant';
import { type PrometheusService } from '../observability/prometheus.service';
import { complexityPlugin } from './plugins/complexity.plugin';
import { inputTextPlugin } from './plugins/input-text.plugin';
import { metricsPlugin } from './plugins/metrics.plugin';

/** Where the code-first schema is printed; committed, and checked for drift by test/schema. */
export const COMMITTED_SCHEMA_FILE = join(__dirname, '..', '..', '..', 'schema.gql');

export type GraphqlOptionsInput = {
  config: ConfigService;
  dataloaderService: DataloaderService;
  metrics: PrometheusService;
  /** A path to print the schema to, or true to keep it in memory (production). */
  schemaFile: string | true;
};

export function createGraphqlOptions({ dataloaderService, metrics, schemaFile }: GraphqlOptionsInput): ApolloDriverConfig {
  return {
    autoSchemaFile: schemaFile,
    sortSchema: true,
    path: '/graphql',
    // No playground and no Apollo landing page (it loads Apollo's sandbox and fonts from the internet): a browser
    // opening /graphql gets the offline explorer of serve-explorer.ts before Apollo sees the request.
    playground: false,
    introspection: true,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's cache-control plugin wraps every field resolver to compute cache hints nobody reads (≈ 3 % of
      // the CPU of a large answer); caching is done by the response cache, keyed by the dataset revision.
      ApolloServerPluginCacheControlDisabled(),
      complexityPlugin(MAX_QUERY_COMPLEXITY),
      inputTextPlugin(),
      metricsPlugin(metrics),
    ],
    validationRules: [depthLimit(MAX_QUERY_DEPTH)],
    includeStacktraceInErrorResponses: false,
    // Keep the HTTP status an error asks for (the exception filter gives UNAUTHENTICATED 401) instead of
    // Nest's default reset to 200: scripts check a refused write by its status, as with REST.
    preserveHttpStatusForExecutionErrors: false,
    formatError: (formatted) => formatGraphqlError(formatted),
    // Apollo's CSRF prevention stays on: multipart uploads need an `apollo-require-preflight: true` (or
    // `x-apollo-operation-name`) header.
    csrfPrevention: true,
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res, loaders: dataloaderService.createLoaders() }),
  };
}
