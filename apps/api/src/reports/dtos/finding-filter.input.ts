import { Field, InputType, Int } from '@nestjs/graphql';

import { type RuleMode, type RuleSeverity } from '@gongkai/domain';

import { RuleModeEnum } from '../../core/graphql/enums/rule-mode.enum';
import { SeverityEnum } from '../../core/graphql/enums/severity.enum';

@InputType('FindingFilter', { description: 'Filters of findings, combined with AND.' })
export class FindingFilterInput {
  @Field(() => String, { nullable: true, description: 'Whole subtree of this region' })
  regionCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'First data year, inclusive' })
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last data year, inclusive' })
  yearTo?: number | null;

  @Field(() => String, { nullable: true, description: 'Rule id, e.g. T3_BALANCE' })
  rule?: string | null;

  @Field(() => SeverityEnum, { nullable: true, description: 'Only findings of this severity' })
  severity?: RuleSeverity | null;

  @Field(() => RuleModeEnum, { nullable: true, description: 'Findings failing in this mode (among others)' })
  mode?: RuleMode | null;
}
