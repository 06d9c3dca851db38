import { Module } from '@nestjs/common';

import { RateLimitMiddleware } from './rate-limit.middleware';
import { RateLimitService } from './rate-limit.service';

/** Per-client request budgets; create-app mounts the middleware around the answer cache. */
@Module({
  exports: [RateLimitMiddleware, RateLimitService],
  providers: [RateLimitMiddleware, RateLimitService],
})
export class RateLimitModule {}
