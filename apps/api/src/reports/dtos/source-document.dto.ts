import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SourceDocument', { description: 'The original document a report was parsed from.' })
export class SourceDocumentDto {
  @Field(() => ID, { nullable: false, description: 'Stable id of the document' })
  id!: string;

  @Field(() => String, { nullable: false, description: 'File name as uploaded or harvested' })
  fileName!: string;

  @Field(() => String, { nullable: false, description: 'txt, html, docx, pdf …' })
  format!: string;

  @Field(() => String, { nullable: false, description: 'SHA-256 of the bytes (the same bytes are one report)' })
  sha256!: string;

  @Field(() => Int, { nullable: false, description: 'Size of the original in bytes' })
  byteSize!: number;

  @Field(() => String, { nullable: false, description: 'Relative URL of the original bytes: /api/reports/:reportId/source' })
  downloadUrl!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The converter that turned this document (.doc, .wps, .rtf, .odt) into .docx before it was read, e.g. "LibreOffice 7.4.7.2"; null when it was read as it is',
  })
  convertedBy!: string | null;
}
