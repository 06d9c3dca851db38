import { Global, Module } from '@nestjs/common';

import { HttpMetricsMiddleware } from './http-metrics.middleware';
import { MetricsController } from './metrics.controller';
import { PrometheusService } from './prometheus.service';

/** Prometheus metrics (GET /metrics) and the HTTP middleware that feeds them; global so any feature may count. */
@Global()
@Module({
  controllers: [MetricsController],
  exports: [HttpMetricsMiddleware, PrometheusService],
  providers: [HttpMetricsMiddleware, PrometheusService],
})
export class ObservabilityModule {}
