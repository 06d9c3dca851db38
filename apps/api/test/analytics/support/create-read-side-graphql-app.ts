import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type INestApplication, type Provider } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';

import { AnalyticsResolver } from '../../../src/analytics/analytics.resolver';
import { AnalyticsService } from '../../../src/analytics/analytics.service';
import { DataloaderService } from '../../../src/core/dataloader/dataloader.service';
import { DecimalScalar } from '../../../src/core/graphql/scalars/decimal.scalar';
import { MetricsResolver } from '../../../src/metrics/metrics.resolver';
import { RegionsResolver } from '../../../src/regions/regions.resolver';
import { RegionsService } from '../../../src/regions/regions.service';
import { FindingsResolver } from '../../../src/reports/findings.resolver';
import { IssuersResolver } from '../../../src/reports/issuers.resolver';
import { ReportsReadService } from '../../../src/reports/reports-read.service';
import { ReportsResolver } from '../../../src/reports/reports.resolver';
import { ViewerResolver } from '../../../src/viewer/viewer.resolver';

export type GraphqlResponse = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
export type ReadSideGraphqlApp = { app: INestApplication; query(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse> };

/**
 * Every read-side resolver in a bare GraphQL app (no database, no guards) with the services replaced by mocks,
 * for resolver specs that run real GraphQL operations: schema building, argument defaults, field resolvers
 * through per-request DataLoaders, Decimal output and error mapping.
 */
export async function createReadSideGraphqlApp(mocks: { analytics?: Partial<AnalyticsService>; regions?: Partial<RegionsService>; reports?: Partial<ReportsReadService> }): Promise<ReadSideGraphqlApp> {
  const providers: Provider[] = [
    AnalyticsResolver,
    DataloaderService,
    DecimalScalar,
    FindingsResolver,
    IssuersResolver,
    MetricsResolver,
    RegionsResolver,
    ReportsResolver,
    ViewerResolver,
    { provide: AnalyticsService, useValue: mocks.analytics ?? {} },
    { provide: RegionsService, useValue: mocks.regions ?? {} },
    { provide: ReportsReadService, useValue: mocks.reports ?? {} },
  ];
  // The context factory runs per request, after compile() has created the service.
  const holder: { dataloaderService?: DataloaderService } = {};
  const moduleRef = await Test.createTestingModule({
    imports: [
      GraphQLModule.forRoot<ApolloDriverConfig>({
        driver: ApolloDriver,
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        context: ({ req }: { req: unknown }) => ({ req, loaders: (holder.dataloaderService as DataloaderService).createLoaders() }),
      }),
    ],
    providers,
  }).compile();
  holder.dataloaderService = moduleRef.get(DataloaderService);
  const app = moduleRef.createNestApplication({ logger: false });
  await app.listen(0, '127.0.0.1');
  const url = `${await app.getUrl()}/graphql`;

  return {
    app,
    async query(query, variables) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });

      return (await response.json()) as GraphqlResponse;
    },
  };
}
