import { Injectable } from '@nestjs/common';
import { type EntityManager, DataSource } from 'typeorm';

import { AuthException, AuthExceptionCode } from './auth.exception';
import { type AuthContext } from './types/auth-context.type';

/** Whether a caller may write data of a region: admins anywhere, editors inside their region's subtree. */
@Injectable()
export class RegionScopeService {
  constructor(private readonly dataSource: DataSource) {}

  /** True when `code` is `rootCode` or below it (walks parent_code, not code prefixes). */
  async isWithin(code: string, rootCode: string, manager?: EntityManager): Promise<boolean> {
    if (code === rootCode) return true;
    const rows: unknown[] = await (manager ?? this.dataSource).query(
      `WITH RECURSIVE up AS (
         SELECT "code", "parent_code", 0 AS depth FROM "region" WHERE "code" = $1
         UNION ALL
         SELECT r."code", r."parent_code", up.depth + 1 FROM "region" r JOIN up ON r."code" = up."parent_code" WHERE up.depth < 8
       )
       SELECT 1 FROM up WHERE "code" = $2 LIMIT 1`,
      [code, rootCode],
    );

    return rows.length > 0;
  }

  /** Throws unless `auth` may write to `regionCode`. */
  async assertCanWrite(auth: AuthContext, regionCode: string, manager?: EntityManager): Promise<void> {
    if (!auth.authenticated) throw new AuthException(AuthExceptionCode.TOKEN_REQUIRED, 'A token is required to write');
    if (auth.role === 'admin') return;
    if (auth.role !== 'editor') throw new AuthException(AuthExceptionCode.ROLE_NOT_ALLOWED, `Role ${auth.role ?? 'none'} cannot write`);
    if (!auth.regionCode || !(await this.isWithin(regionCode, auth.regionCode, manager))) {
      throw new AuthException(AuthExceptionCode.REGION_OUT_OF_SCOPE, `This token may not write data of region ${regionCode}`);
    }
  }
}
