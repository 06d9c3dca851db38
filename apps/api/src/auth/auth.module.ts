import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { AuthGuard } from './auth.guard';
import { RegionScopeService } from './region-scope.service';
import { TokensResolver } from './tokens.resolver';
import { TokensService } from './tokens.service';

@Global()
@Module({
  exports: [RegionScopeService, TokensService],
  providers: [{ provide: APP_GUARD, useClass: AuthGuard }, RegionScopeService, TokensService, TokensResolver],
})
export class AuthModule {}
