import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

import { type IssuerKind, type TemplateId } from '@gongkai/domain';

import { IssuerKindEnum } from '../../core/graphql/enums/issuer-kind.enum';
import { TemplateVersionEnum } from '../../core/graphql/enums/template-version.enum';
import { RegionDto } from '../../regions/dtos/region.dto';
import { LikeForLikeDto } from './like-for-like.dto';

@ObjectType('AggregateRow', { description: 'One group of an aggregate: the statistic over the known values of its reports.' })
export class AggregateRowDto {
  @Field(() => RegionDto, { nullable: true, description: 'Set when grouped by region: the region at `level` the reports roll up to' })
  region!: RegionDto | null;

  @Field(() => Int, { nullable: true, description: 'The group\'s data year (when grouped by year), else null' })
  year!: number | null;

  @Field(() => TemplateVersionEnum, { nullable: true, description: 'The group\'s template (when grouped by template), else null' })
  template!: TemplateId | null;

  @Field(() => IssuerKindEnum, { nullable: true, description: 'The group\'s issuer kind (when grouped by issuerKind), else null' })
  issuerKind!: IssuerKind | null;

  @Field(() => Float, { nullable: true, description: 'fn over the known values (gaps are skipped, never zero)' })
  value!: number | null;

  @Field(() => Int, { nullable: false, description: 'Known values aggregated' })
  count!: number;

  @Field(() => Int, { nullable: false, description: 'Distinct regions (of the reports) whose known values are in value' })
  regionCount!: number;

  @Field(() => Int, {
    nullable: false,
    description: 'Reports of the row whose value is undefined (a rate with denominator 0): in no fn, and not a gap either. value is null with undefinedCount > 0 when every report of the row is undefined',
  })
  undefinedCount!: number;

  @Field(() => LikeForLikeDto, { nullable: true, description: 'Set under comparison LIKE_FOR_LIKE with a year step: the regions this row is computed over and those left out' })
  likeForLike!: LikeForLikeDto | null;

  /** For the region field resolver. */
  regionCode!: string | null;
}
