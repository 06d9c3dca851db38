import { Field, ObjectType } from '@nestjs/graphql';

import { BoardCompositionDto } from './board-composition.dto';
import { BoardMetricDto } from './board-metric.dto';

@ObjectType('BoardFamily', { description: 'One of the four families of the board (BOARD_FAMILIES of the domain library).' })
export class BoardFamilyDto {
  @Field(() => String, { nullable: false, description: 'license | penalty_coercion | procurement | requests' })
  id!: string;

  @Field(() => String, { description: 'Name in Chinese', nullable: false })
  labelZh!: string;

  @Field(() => String, { description: 'Name in English', nullable: false })
  labelEn!: string;

  @Field(() => String, { nullable: true, description: "Where the family's series ends with a template change, said in words (procurement: 2019 template only)" })
  templateNoteZh!: string | null;

  @Field(() => String, { description: 'templateNoteZh in English', nullable: true })
  templateNoteEn!: string | null;

  @Field(() => [BoardMetricDto], { nullable: false, description: 'The headline first' })
  metrics!: BoardMetricDto[];

  @Field(() => [BoardCompositionDto], { description: 'Parts that add up to a whole each year (100 % stacked bars)', nullable: false })
  compositions!: BoardCompositionDto[];
}
