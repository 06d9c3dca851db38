import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { type Role, RoleEnum } from '../core/graphql/enums/role.enum';
import { CurrentAuth } from './decorators/current-auth.decorator';
import { Roles } from './decorators/roles.decorator';
import { ApiTokenDto, CreatedApiTokenDto } from './dtos/api-token.dto';
import { TokensService } from './tokens.service';
import { type AuthContext } from './types/auth-context.type';
import { auditActorOf } from './utils/audit-actor-of.util';

/** Token administration without a terminal (and what `gongkai token` uses while the api owns the database). */
@Resolver()
@Roles('admin')
export class TokensResolver {
  constructor(private readonly tokensService: TokensService) {}

  @Query(() => [ApiTokenDto], { name: 'apiTokens', description: 'Every API token, oldest first (admin only; secrets are never shown).' })
  async apiTokens(): Promise<ApiTokenDto[]> {
    return (await this.tokensService.list()).map((t) => Object.assign(new ApiTokenDto(), t));
  }

  @Mutation(() => CreatedApiTokenDto, { name: 'createApiToken', description: 'Create a token (admin only); its secret is in the answer, once.' })
  async createApiToken(
    @CurrentAuth() auth: AuthContext,
    @Args('role', { type: () => RoleEnum, description: 'admin, editor or viewer' }) role: Role,
    @Args('regionCode', { type: () => String, nullable: true, description: 'Required for editors: their write scope' }) regionCode: string | null,
    @Args('name', { type: () => String, nullable: true, description: 'A name for people' }) name: string | null,
  ): Promise<CreatedApiTokenDto> {
    const created = await this.tokensService.create({ role, regionCode, name: name ?? '' }, auditActorOf(auth));
    const stored = (await this.tokensService.list()).find((t) => t.id === created.id);

    return Object.assign(new CreatedApiTokenDto(), {
      token: Object.assign(new ApiTokenDto(), stored ?? { ...created, createdAt: new Date(), lastUsedAt: null, revokedAt: null }),
      secret: created.secret,
    });
  }

  @Mutation(() => Boolean, { name: 'revokeApiToken', description: 'Revoke a token (admin only); it is refused from then on.' })
  async revokeApiToken(@CurrentAuth() auth: AuthContext, @Args('id', { type: () => ID, description: 'Id of the token (from apiTokens)' }) id: string): Promise<boolean> {
    await this.tokensService.revoke(id, auditActorOf(auth));

    return true;
  }
}
