import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PageImage', { description: 'One page image of a scanned report, as it was read.' })
export class PageImageDto {
  @Field(() => Int, { nullable: false, description: 'Page (1-based, reading order)' })
  page!: number;

  @Field(() => Int, { nullable: false, description: 'Width in pixels' })
  width!: number;

  @Field(() => Int, { nullable: false, description: 'Height in pixels' })
  height!: number;

  @Field(() => Int, { nullable: false, description: 'Resolution it was read at' })
  dpi!: number;

  @Field(() => String, { nullable: false, description: 'image/png or image/jpeg' })
  mediaType!: string;

  @Field(() => String, { nullable: false, description: 'Where the image is served: GET /api/reports/{id}/pages/{page}' })
  url!: string;
}
