import { ArgsType, Field } from '@nestjs/graphql';

import { type RuleMode, type RuleSeverity } from '@gongkai/domain';

import { RuleModeEnum } from '../../core/graphql/enums/rule-mode.enum';
import { SeverityEnum } from '../../core/graphql/enums/severity.enum';

@ArgsType()
export class ReportFindingsArgs {
  @Field(() => SeverityEnum, { nullable: true, description: 'Only findings of this severity' })
  severity?: RuleSeverity | null;

  @Field(() => RuleModeEnum, { nullable: true, description: 'Findings failing in this mode (among others)' })
  mode?: RuleMode | null;
}
