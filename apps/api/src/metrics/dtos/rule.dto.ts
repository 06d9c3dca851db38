import { Field, ID, ObjectType } from '@nestjs/graphql';

import { type RuleScope, type RuleSeverity } from '@gongkai/domain';

import { RuleScopeEnum } from '../../core/graphql/enums/rule-scope.enum';
import { SeverityEnum } from '../../core/graphql/enums/severity.enum';

@ObjectType('Rule', { description: 'A consistency rule of spec §6.' })
export class RuleDto {
  @Field(() => ID, { nullable: false, description: 'Rule id (T3_BALANCE …), as in findings and failedRules' })
  id!: string;

  @Field(() => SeverityEnum, { nullable: false, description: 'ERROR, WARN or INFO' })
  severity!: RuleSeverity;

  @Field(() => RuleScopeEnum, { nullable: false, description: 'report or cross_year' })
  scope!: RuleScope;

  @Field(() => String, { nullable: false, description: 'What the rule checks, in Chinese' })
  zh!: string;

  @Field(() => String, { nullable: false, description: 'What the rule checks, in English' })
  en!: string;
}
