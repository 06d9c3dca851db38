import { type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';

import { type PrometheusService } from '../../observability/prometheus.service';
import { operationLabel } from '../../observability/utils/operation-label.util';

/** Times each GraphQL operation from the server's start of it to its answer, labelled by its root fields. */
export function metricsPlugin(metrics: PrometheusService): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
      const started = process.hrtime.bigint();

      return {
        async willSendResponse({ document, request, errors, response }) {
          const { type, operation } = operationLabel(document, request.operationName);
          const body = response.body;
          const failed = (errors?.length ?? 0) > 0 || (body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0);
          metrics.graphqlDuration.observe({ type, operation, outcome: failed ? 'error' : 'ok' }, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
