import { Field, ID, ObjectType } from '@nestjs/graphql';

import { type IssuerKind } from '@gongkai/domain';

import { IssuerKindEnum } from '../../core/graphql/enums/issuer-kind.enum';

@ObjectType('Issuer', { description: 'The body that published a report.' })
export class IssuerDto {
  @Field(() => ID, { nullable: false })
  id!: string;

  @Field(() => String, { nullable: false })
  name!: string;

  @Field(() => IssuerKindEnum, { nullable: false })
  kind!: IssuerKind;

  /** For the Issuer.region field resolver; not in the schema. */
  regionCode!: string;
}
