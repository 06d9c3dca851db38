import { Field, ID, ObjectType } from '@nestjs/graphql';

import { type RuleMode, type RuleScope, type RuleSeverity } from '@gongkai/domain';

import { RuleModeEnum } from '../../core/graphql/enums/rule-mode.enum';
import { RuleScopeEnum } from '../../core/graphql/enums/rule-scope.enum';
import { SeverityEnum } from '../../core/graphql/enums/severity.enum';

@ObjectType('Finding', { description: 'A consistency check (spec §6) that a report failed.' })
export class FindingDto {
  @Field(() => ID, { nullable: false, description: 'Stable id of this finding' })
  id!: string;

  @Field(() => String, { nullable: false, description: 'Rule id of @gongkai/domain RULES' })
  rule!: string;

  @Field(() => SeverityEnum, { nullable: false, description: 'ERROR, WARN or INFO' })
  severity!: RuleSeverity;

  @Field(() => [RuleModeEnum], {
    nullable: false,
    description: 'The modes in which this problem fails, strict first: [strict, lenient], or [lenient] when only reading blank applicant cells as 0 makes it fail',
  })
  modes!: RuleMode[];

  @Field(() => RuleScopeEnum, { nullable: false, description: 'report (one report) or cross_year (against the year before)' })
  scope!: RuleScope;

  @Field(() => [String], { nullable: false, description: 'Metric keys of the cells involved' })
  cells!: string[];

  @Field(() => String, { nullable: false, description: 'What the rule expects (e.g. the left-hand sum), as text' })
  expected!: string;

  @Field(() => String, { nullable: false, description: 'What the report prints (e.g. the right-hand sum), as text' })
  actual!: string;

  @Field(() => String, { nullable: false, description: 'The problem in Chinese, with the cells and numbers' })
  messageZh!: string;

  @Field(() => String, { nullable: false, description: 'The problem in English, with the cells and numbers' })
  messageEn!: string;

  /** For the Finding.report field resolver; not in the schema. */
  reportId!: string;
}
