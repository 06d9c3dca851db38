import { Query, Resolver } from '@nestjs/graphql';

import { CurrentAuth } from '../auth/decorators/current-auth.decorator';
import { Public } from '../auth/decorators/public.decorator';
import { type AuthContext } from '../auth/types/auth-context.type';
import { ViewerDto } from './dtos/viewer.dto';
import { fromAuthContextToViewerDto } from './utils/from-auth-context-to-viewer-dto.util';

@Resolver(() => ViewerDto)
export class ViewerResolver {
  // Public even when reads need a token: the dashboard must always be able to ask who it is.
  @Public()
  @Query(() => ViewerDto, { name: 'viewer', description: 'Who is asking (always answers, even when reads need a token)' })
  getViewer(@CurrentAuth() auth: AuthContext): ViewerDto {
    return fromAuthContextToViewerDto(auth);
  }
}
