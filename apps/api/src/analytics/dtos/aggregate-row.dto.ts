import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

import { type IssuerKind, type TemplateId } from '@gongkai/domain';

import { IssuerKindEnum } from '../../core/graphql/enums/issuer-kind.enum';
import { TemplateVersionEnum } from '../../core/graphql/enums/template-version.enum';
import { RegionDto } from '../../regions/dtos/region.dto';

@ObjectType('AggregateRow')
export class AggregateRowDto {
  @Field(() => RegionDto, { nullable: true, description: 'Set when grouped by region: the region at `level` the reports roll up to' })
  region!: RegionDto | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => TemplateVersionEnum, { nullable: true })
  template!: TemplateId | null;

  @Field(() => IssuerKindEnum, { nullable: true })
  issuerKind!: IssuerKind | null;

  @Field(() => Float, { nullable: true, description: 'fn over the known values (gaps are skipped, never zero)' })
  value!: number | null;

  @Field(() => Int, { nullable: false, description: 'Known values aggregated' })
  count!: number;

  /** For the region field resolver. */
  regionCode!: string | null;
}
