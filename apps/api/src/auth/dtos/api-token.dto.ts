import { Field, ID, ObjectType } from '@nestjs/graphql';

import { type Role, RoleEnum } from '../../core/graphql/enums/role.enum';

@ObjectType('ApiToken', { description: 'An API bearer token as an administrator sees it: never its secret.' })
export class ApiTokenDto {
  @Field(() => ID, { description: 'Token id (used to revoke it)' })
  id!: string;

  @Field(() => String, { description: 'A name for people: who or what uses the token' })
  name!: string;

  @Field(() => RoleEnum, { description: 'admin: everything; editor: writes in its region subtree; viewer: reads' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Editors: the root of the region subtree they may write to' })
  regionCode!: string | null;

  @Field(() => Date, { description: 'When it was created' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Last use (to the minute); null when never used' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while active' })
  revokedAt!: Date | null;
}

@ObjectType('CreatedApiToken', { description: 'A new token with its secret: shown this once, never again.' })
export class CreatedApiTokenDto {
  @Field(() => ApiTokenDto, { description: 'The stored token' })
  token!: ApiTokenDto;

  @Field(() => String, { description: 'The bearer secret (send as Authorization: Bearer <secret>); store it now' })
  secret!: string;
}
