import { type RuleDefinition } from '@gongkai/domain';

import { RuleDto } from '../dtos/rule.dto';

export function fromRuleDefinitionToRuleDto(rule: RuleDefinition): RuleDto {
  return Object.assign(new RuleDto(), { id: rule.id, severity: rule.severity, scope: rule.scope, zh: rule.zh, en: rule.en });
}
