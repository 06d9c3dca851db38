import { type Env } from './env.schema';

/** Typed, read-only access to the validated configuration. */
export class ConfigService {
  constructor(private readonly env: Env) {}

  get<K extends keyof Env>(key: K): Env[K] {
    return this.env[key];
  }

  get usesEmbeddedDatabase(): boolean {
    return !this.env.DATABASE_URL;
  }
}
