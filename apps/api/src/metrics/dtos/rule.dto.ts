import { Field, ID, ObjectType } from '@nestjs/graphql';

import { type RuleScope, type RuleSeverity } from '@gongkai/domain';

import { RuleScopeEnum } from '../../core/graphql/enums/rule-scope.enum';
import { SeverityEnum } from '../../core/graphql/enums/severity.enum';

@ObjectType('Rule', { description: 'A consistency rule of spec §6.' })
export class RuleDto {
  @Field(() => ID, { nullable: false })
  id!: string;

  @Field(() => SeverityEnum, { nullable: false })
  severity!: RuleSeverity;

  @Field(() => RuleScopeEnum, { nullable: false })
  scope!: RuleScope;

  @Field(() => String, { nullable: false })
  zh!: string;

  @Field(() => String, { nullable: false })
  en!: string;
}
