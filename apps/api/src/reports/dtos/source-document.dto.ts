import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SourceDocument', { description: 'The original document a report was parsed from.' })
export class SourceDocumentDto {
  @Field(() => ID, { nullable: false })
  id!: string;

  @Field(() => String, { nullable: false })
  fileName!: string;

  @Field(() => String, { nullable: false })
  format!: string;

  @Field(() => String, { nullable: false })
  sha256!: string;

  @Field(() => Int, { nullable: false })
  byteSize!: number;

  @Field(() => String, { nullable: false, description: 'Relative URL of the original bytes: /api/reports/:reportId/source' })
  downloadUrl!: string;
}
