import { Field, ObjectType } from '@nestjs/graphql';

import { RegionDto } from '../../regions/dtos/region.dto';

@ObjectType('IngestError', { description: 'Why a document was rejected: a parser code (NOT_A_REPORT …), REGION_AMBIGUOUS, FORBIDDEN …' })
export class IngestErrorDto {
  @Field(() => String, { nullable: false, description: 'English code (NOT_A_REPORT, REGION_AMBIGUOUS, FORBIDDEN …)' })
  code!: string;

  @Field(() => String, { nullable: false, description: 'What went wrong, in Chinese, with what to do' })
  messageZh!: string;

  @Field(() => String, { nullable: false, description: 'What went wrong, in English' })
  messageEn!: string;

  @Field(() => [RegionDto], { nullable: true, description: 'Regions the document may belong to (REGION_AMBIGUOUS)' })
  candidates!: RegionDto[] | null;
}
