import { Field, ObjectType } from '@nestjs/graphql';

import { BoardCompositionDto } from './board-composition.dto';
import { BoardMetricDto } from './board-metric.dto';

@ObjectType('BoardFamily', { description: 'One of the four families of the board (BOARD_FAMILIES of the domain library).' })
export class BoardFamilyDto {
  @Field(() => String, { nullable: false, description: 'license | penalty_coercion | procurement | requests' })
  id!: string;

  @Field(() => String, { nullable: false })
  labelZh!: string;

  @Field(() => String, { nullable: false })
  labelEn!: string;

  @Field(() => String, { nullable: true, description: "Where the family's series ends with a template change, said in words (procurement: 2019 template only)" })
  templateNoteZh!: string | null;

  @Field(() => String, { nullable: true })
  templateNoteEn!: string | null;

  @Field(() => [BoardMetricDto], { nullable: false, description: 'The headline first' })
  metrics!: BoardMetricDto[];

  @Field(() => [BoardCompositionDto], { nullable: false })
  compositions!: BoardCompositionDto[];
}
