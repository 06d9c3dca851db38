import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';

import { type GraphQLResolveInfo } from 'graphql';

import { ConfigService } from '../core/config/config.service';
import { type Role } from './api-token.entity';
import { AuthException, AuthExceptionCode } from './auth.exception';
import { IS_PUBLIC_KEY } from './decorators/public.decorator';
import { ROLES_KEY } from './decorators/roles.decorator';
import { TokensService } from './tokens.service';
import { ANONYMOUS, type AuthenticatedRequest } from './types/auth-context.type';
import { parseBearerToken } from './utils/parse-bearer-token.util';

const WRITE_ROLES: Role[] = ['admin', 'editor'];

/**
 * Global guard (APP_GUARD): every resolver and controller is guarded unless marked @Public(). It always
 * sets req.auth. Writes (mutations, non-GET REST) need an admin or editor token (or the @Roles given); reads
 * are open unless REQUIRE_TOKEN_FOR_READS. A present but invalid token is refused everywhere.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly config: ConfigService,
    private readonly reflector: Reflector,
    private readonly tokensService: TokensService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const { req, isWrite } = this.describe(context);
    if (!req.auth) {
      const secret = parseBearerToken(req.headers['authorization']);
      if (secret === null) throw new AuthException(AuthExceptionCode.INVALID_TOKEN, 'Malformed Authorization header');
      req.auth = secret === undefined ? ANONYMOUS : await this.tokensService.authenticate(secret);
    }
    // Stamped once per request (the cache middleware may have set req.auth): writes record where they came from.
    if (req.auth.requestId === undefined) req.auth = { ...req.auth, address: req.ip ?? null, requestId: typeof req.id === 'string' ? req.id : null };
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC_KEY, targets)) return true;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? (isWrite ? WRITE_ROLES : undefined);
    const auth = req.auth;
    if (roles) {
      if (!auth.authenticated) throw new AuthException(AuthExceptionCode.TOKEN_REQUIRED, 'This operation needs a token (Authorization: Bearer …)');
      if (!auth.role || !roles.includes(auth.role)) {
        throw new AuthException(AuthExceptionCode.ROLE_NOT_ALLOWED, `Role ${auth.role ?? 'none'} may not do this`);
      }

      return true;
    }
    if (this.config.get('REQUIRE_TOKEN_FOR_READS') && !auth.authenticated) {
      throw new AuthException(AuthExceptionCode.TOKEN_REQUIRED, 'Reading needs a token on this server (Authorization: Bearer …)');
    }

    return true;
  }

  private describe(context: ExecutionContext): { req: AuthenticatedRequest; isWrite: boolean } {
    if (context.getType<GqlContextType>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      const info = gql.getInfo<GraphQLResolveInfo>();

      return { req: gql.getContext<{ req: AuthenticatedRequest }>().req, isWrite: info.parentType.name === 'Mutation' };
    }
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const method = (req.method ?? 'GET').toUpperCase();

    return { req, isWrite: !['GET', 'HEAD', 'OPTIONS'].includes(method) };
  }
}
