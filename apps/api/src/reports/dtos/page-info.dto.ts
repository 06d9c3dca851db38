import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('PageInfo', { description: 'Where a page of a connection ends.' })
export class PageInfoDto {
  @Field(() => Boolean, { nullable: false, description: 'More results follow: pass endCursor as after' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' })
  endCursor!: string | null;
}
