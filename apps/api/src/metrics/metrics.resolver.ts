import { Args, Query, Resolver } from '@nestjs/graphql';

import { METRICS, RULES } from '@gongkai/domain';

import { MetricDto } from './dtos/metric.dto';
import { MetricsArgs } from './dtos/metrics.args';
import { RuleDto } from './dtos/rule.dto';
import { filterMetrics } from './utils/filter-metrics.util';
import { fromMetricToMetricDto } from './utils/from-metric-to-metric-dto.util';
import { fromRuleDefinitionToRuleDto } from './utils/from-rule-definition-to-rule-dto.util';

/** The catalogue as the api serves it: straight from @gongkai/domain, never redefined. */
@Resolver(() => MetricDto)
export class MetricsResolver {
  @Query(() => [MetricDto], { name: 'metrics', description: 'The metric catalogue, optionally of one category or template' })
  getMetrics(@Args() args: MetricsArgs): MetricDto[] {
    return filterMetrics(METRICS, args).map(fromMetricToMetricDto);
  }

  @Query(() => [RuleDto], { name: 'rules', description: 'The consistency rules of spec §6' })
  getRules(): RuleDto[] {
    return RULES.map(fromRuleDefinitionToRuleDto);
  }
}
