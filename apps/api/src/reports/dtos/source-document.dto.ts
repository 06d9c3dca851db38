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

  @Field(() => String, {
    nullable: true,
    description: 'The converter that turned this document (.doc, .wps, .rtf, .odt) into .docx before it was read, e.g. "LibreOffice 7.4.7.2"; null when it was read as it is',
  })
  convertedBy!: string | null;
}
