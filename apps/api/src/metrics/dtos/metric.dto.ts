import { Field, ID, ObjectType } from '@nestjs/graphql';

import { type Comparability, type TemplateVersion } from '@gongkai/domain';

import { ComparabilityEnum } from '../../core/graphql/enums/comparability.enum';
import { TemplateVersionEnum } from '../../core/graphql/enums/template-version.enum';

@ObjectType('Metric', { description: 'A metric of the @gongkai/domain catalogue (the one source of keys and labels).' })
export class MetricDto {
  @Field(() => ID, { nullable: false, description: 'The metric key used by every query (e.g. t3_new_received_tot)' })
  key!: string;

  @Field(() => String, { nullable: false, description: 't2 | t3 | t4 | rate' })
  table!: string;

  @Field(() => String, { nullable: false, description: 'Catalogue group (documents, license, requests, review_litigation …)' })
  category!: string;

  @Field(() => String, { nullable: false, description: 'The category in Chinese' })
  categoryLabelZh!: string;

  @Field(() => String, { nullable: false, description: 'Chinese label as in the template (table · row · column)' })
  labelZh!: string;

  @Field(() => String, { nullable: false, description: 'English label' })
  labelEn!: string;

  @Field(() => String, { nullable: false, description: 'count | items | projects | yuan | ratio (ratios are fractions: 0.8125)' })
  unit!: string;

  @Field(() => String, { nullable: false, description: 'The unit in Chinese (件, 个, 元 …)' })
  unitLabelZh!: string;

  @Field(() => [TemplateVersionEnum], { nullable: false, description: 'Templates that print it' })
  reportedIn!: TemplateVersion[];

  @Field(() => [TemplateVersionEnum], { nullable: false, description: 'Templates in which we compute it from printed cells' })
  derivedIn!: TemplateVersion[];

  @Field(() => String, { nullable: true, description: 'How a derived metric is computed, in Chinese; null for printed ones' })
  formulaZh!: string | null;

  @Field(() => ComparabilityEnum, { nullable: false, description: 'How the series continues across the 2020→2021 template change' })
  continuity!: Comparability;

  @Field(() => Boolean, { nullable: false, description: 'The value may be negative (a change printed in the report, e.g. 增减)' })
  signed!: boolean;
}
