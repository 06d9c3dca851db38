import { Field, ID, ObjectType } from '@nestjs/graphql';

import { type IssuerKind } from '@gongkai/domain';

import { IssuerKindEnum } from '../../core/graphql/enums/issuer-kind.enum';

@ObjectType('Issuer', { description: 'The body that published a report.' })
export class IssuerDto {
  @Field(() => ID, { nullable: false, description: 'Stable id of the body' })
  id!: string;

  @Field(() => String, { nullable: false, description: 'The body\'s name as the report states it' })
  name!: string;

  @Field(() => IssuerKindEnum, { nullable: false, description: 'gov, gov_office, department, township, zone, institution or other' })
  kind!: IssuerKind;

  /** For the Issuer.region field resolver; not in the schema. */
  regionCode!: string;
}
