import { Field, InputType, Int } from '@nestjs/graphql';

import { type RuleMode, type RuleSeverity } from '@gongkai/domain';

import { RuleModeEnum } from '../../core/graphql/enums/rule-mode.enum';
import { SeverityEnum } from '../../core/graphql/enums/severity.enum';

@InputType('FindingFilter')
export class FindingFilterInput {
  @Field(() => String, { nullable: true, description: 'Whole subtree of this region' })
  regionCode?: string | null;

  @Field(() => Int, { nullable: true })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true })
  yearTo?: number | null;

  @Field(() => String, { nullable: true, description: 'Rule id, e.g. T3_BALANCE' })
  rule?: string | null;

  @Field(() => SeverityEnum, { nullable: true })
  severity?: RuleSeverity | null;

  @Field(() => RuleModeEnum, { nullable: true, description: 'Findings failing in this mode (among others)' })
  mode?: RuleMode | null;
}
