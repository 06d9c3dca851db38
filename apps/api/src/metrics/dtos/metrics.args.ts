import { ArgsType, Field } from '@nestjs/graphql';

import { type TemplateId } from '@gongkai/domain';

import { TemplateVersionEnum } from '../../core/graphql/enums/template-version.enum';

@ArgsType()
export class MetricsArgs {
  @Field(() => String, { nullable: true, description: 'documents license other_services penalty coercion fee procurement requests review_litigation' })
  category?: string | null;

  @Field(() => TemplateVersionEnum, { nullable: true, description: 'Only metrics reported or derived in this template' })
  template?: TemplateId | null;
}
