import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';

import { LoggerModule } from 'nestjs-pino';

import { AnalyticsModule } from './analytics/analytics.module';
import { AssessmentModule } from './assessment/assessment.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BriefingModule } from './briefing/briefing.module';
import { ConfigModule } from './core/config/config.module';
import { ConfigService } from './core/config/config.service';
import { DataloaderModule } from './core/dataloader/dataloader.module';
import { DataloaderService } from './core/dataloader/dataloader.service';
import { AllExceptionsFilter } from './core/errors/all-exceptions.filter';
import { createGraphqlOptions } from './core/graphql/create-graphql-options';
import { TimeoutInterceptor } from './core/http/timeout.interceptor';
import { createPinoHttpOptions } from './core/observability/create-pino-http-options';
import { ObservabilityModule } from './core/observability/observability.module';
import { PrometheusService } from './core/observability/prometheus.service';
import { RateLimitModule } from './core/rate-limit/rate-limit.module';
import { DatabaseModule } from './database/database.module';
import { DemoModule } from './demo/demo.module';
import { DocumentsModule } from './documents/documents.module';
import { HarvestModule } from './harvest/harvest.module';
import { HealthModule } from './health/health.module';
import { IngestionModule } from './ingestion/ingestion.module';
import { MetricsModule } from './metrics/metrics.module';
import { RegionsModule } from './regions/regions.module';
import { ReportsReadModule } from './reports/reports-read.module';
import { ResponseCacheModule } from './response-cache/response-cache.module';
import { ViewerModule } from './viewer/viewer.module';

export type AppModuleOptions = {
  /** Raw environment (process.env, or a test's variables); validated at boot. */
  env: Record<string, string | undefined>;
  /** Print the GraphQL schema to this file, or keep it in memory (true). */
  schemaFile: string | true;
};

@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      imports: [
        AnalyticsModule,
        AssessmentModule,
        AuditModule,
        AuthModule,
        BriefingModule,
        ConfigModule.forRoot(options.env),
        DatabaseModule.forRoot(),
        DemoModule,
        DocumentsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [DataloaderModule],
          inject: [ConfigService, DataloaderService, PrometheusService],
          useFactory: (config: ConfigService, dataloaderService: DataloaderService, metrics: PrometheusService) =>
            createGraphqlOptions({ config, dataloaderService, metrics, schemaFile: options.schemaFile }),
        }),
        HarvestModule,
        HealthModule,
        IngestionModule,
        LoggerModule.forRootAsync({ inject: [ConfigService], useFactory: (config: ConfigService) => createPinoHttpOptions(config) }),
        MetricsModule,
        ObservabilityModule,
        RateLimitModule,
        RegionsModule,
        ReportsReadModule,
        ResponseCacheModule,
        ViewerModule,
      ],
      module: AppModule,
      providers: [
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        { provide: APP_INTERCEPTOR, useClass: TimeoutInterceptor },
        { provide: APP_PIPE, useValue: new ValidationPipe({ transform: true, forbidUnknownValues: false }) },
      ],
    };
  }
}
