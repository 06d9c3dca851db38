import { Field, ID, ObjectType } from '@nestjs/graphql';

import { type Comparability, type TemplateVersion } from '@gongkai/domain';

import { ComparabilityEnum } from '../../core/graphql/enums/comparability.enum';
import { TemplateVersionEnum } from '../../core/graphql/enums/template-version.enum';

@ObjectType('Metric', { description: 'A metric of the @gongkai/domain catalogue (the one source of keys and labels).' })
export class MetricDto {
  @Field(() => ID, { nullable: false })
  key!: string;

  @Field(() => String, { nullable: false, description: 't2 | t3 | t4 | rate' })
  table!: string;

  @Field(() => String, { nullable: false })
  category!: string;

  @Field(() => String, { nullable: false })
  categoryLabelZh!: string;

  @Field(() => String, { nullable: false })
  labelZh!: string;

  @Field(() => String, { nullable: false })
  labelEn!: string;

  @Field(() => String, { nullable: false, description: 'count | items | projects | yuan | ratio (ratios are fractions: 0.8125)' })
  unit!: string;

  @Field(() => String, { nullable: false })
  unitLabelZh!: string;

  @Field(() => [TemplateVersionEnum], { nullable: false })
  reportedIn!: TemplateVersion[];

  @Field(() => [TemplateVersionEnum], { nullable: false })
  derivedIn!: TemplateVersion[];

  @Field(() => String, { nullable: true })
  formulaZh!: string | null;

  @Field(() => ComparabilityEnum, { nullable: false, description: 'How the series continues across the 2020→2021 template change' })
  continuity!: Comparability;

  @Field(() => Boolean, { nullable: false })
  signed!: boolean;
}
