import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';

import { ANONYMOUS, type AuthContext, type AuthenticatedRequest } from '../types/auth-context.type';

/** The caller's AuthContext in a resolver or controller method. */
export const CurrentAuth = createParamDecorator((_data: unknown, context: ExecutionContext): AuthContext => {
  const req =
    context.getType<GqlContextType>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req
      : context.switchToHttp().getRequest<AuthenticatedRequest>();

  return req.auth ?? ANONYMOUS;
});
