import { ArgsType, Field, Int } from '@nestjs/graphql';

import { type IssuerKind, type RegionLevel } from '@gongkai/domain';

import { IssuerKindEnum } from '../../core/graphql/enums/issuer-kind.enum';
import { RegionLevelEnum } from '../../core/graphql/enums/region-level.enum';

@ArgsType()
export class SeriesArgs {
  @Field(() => String, { nullable: false, description: 'Metric key (see `metrics`)' })
  metric!: string;

  @Field(() => [String], { nullable: true, description: 'These regions (current or historical codes), in this order' })
  regionCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Or every region at `level` under this one (whole country when both are absent)' })
  parentCode?: string | null;

  @Field(() => RegionLevelEnum, { nullable: true, defaultValue: 'county', description: 'Level of the regions under parentCode (default county)' })
  level?: RegionLevel | null;

  @Field(() => Int, { nullable: false, description: 'First data year, inclusive' })
  yearFrom!: number;

  @Field(() => Int, { nullable: false, description: 'Last data year, inclusive' })
  yearTo!: number;

  @Field(() => [IssuerKindEnum], { nullable: true, description: 'Which report stands for a region, in order of preference (default gov, gov_office, zone)' })
  issuerKinds?: IssuerKind[] | null;
}
