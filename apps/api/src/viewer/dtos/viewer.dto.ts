import { Field, ObjectType } from '@nestjs/graphql';

import { type Role, RoleEnum } from '../../core/graphql/enums/role.enum';

@ObjectType('Viewer', { description: 'Who is asking: the role and region scope of the bearer token, if any.' })
export class ViewerDto {
  @Field(() => RoleEnum, { nullable: true, description: 'The token\'s role; null without a token' })
  role!: Role | null;

  @Field(() => String, { nullable: true, description: 'Editors: the root of the region subtree they may write to' })
  regionCode!: string | null;

  @Field(() => Boolean, { nullable: false, description: 'A valid token was sent' })
  authenticated!: boolean;
}
