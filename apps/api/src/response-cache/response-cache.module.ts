import { Global, Module } from '@nestjs/common';

import { DatasetRevisionService } from './dataset-revision.service';
import { ResponseCacheMiddleware } from './response-cache.middleware';
import { ResponseCacheService } from './response-cache.service';

/** The GraphQL response cache and the dataset revision that keys it (writers invalidate through it). */
@Global()
@Module({
  exports: [DatasetRevisionService, ResponseCacheMiddleware, ResponseCacheService],
  providers: [DatasetRevisionService, ResponseCacheMiddleware, ResponseCacheService],
})
export class ResponseCacheModule {}
