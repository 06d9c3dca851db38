import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ValueChange', { description: 'One value that differs between two versions of a report: printed text and state before and after (null: the version has no such cell).' })
export class ValueChangeDto {
  @Field(() => String, { description: 'The metric key (see metrics)' })
  metricKey!: string;

  @Field(() => String, { nullable: true, description: 'What the earlier version printed' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'The earlier value state (number, blank, na, derived, undefined)' })
  beforeState!: string | null;

  @Field(() => String, { nullable: true, description: 'What this version prints' })
  after!: string | null;

  @Field(() => String, { nullable: true, description: 'This value state' })
  afterState!: string | null;
}

@ObjectType('Republication', {
  description:
    '发布后修改: this report was harvested from an address that had earlier given another report of the same issuer and year — the body changed its published report. Which one, where, when it was seen, and every value that changed.',
})
export class RepublicationDto {
  @Field(() => ID, { description: 'The earlier version (a superseded report)' })
  previousReportId!: string;

  @Field(() => String, { description: 'The address both versions were fetched from' })
  url!: string;

  @Field(() => String, { description: 'When the changed document was first fetched (ISO, UTC)' })
  detectedAt!: string;

  @Field(() => [ValueChangeDto], { description: 'Every printed value that differs, by metric key (derived values follow their cells and are left out)' })
  changes!: ValueChangeDto[];
}
