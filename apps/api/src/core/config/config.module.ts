import { type DynamicModule, Global, Module } from '@nestjs/common';

import { ConfigService } from './config.service';
import { validateEnv } from './env.schema';

@Global()
@Module({})
export class ConfigModule {
  /** `raw` is process.env in production; tests pass their own variables. Validation fails fast at boot. */
  static forRoot(raw: Record<string, string | undefined>): DynamicModule {
    const service = new ConfigService(validateEnv(raw));

    return {
      exports: [ConfigService],
      module: ConfigModule,
      providers: [{ provide: ConfigService, useValue: service }],
    };
  }
}
