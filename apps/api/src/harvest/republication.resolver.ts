import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type ConnectionSource } from '@gongkai/database';
import { republicationOf } from '@gongkai/harvest';

import { STORE_CONNECTIONS } from '../database/database.constants';
import { ReportDto } from '../reports/dtos/report.dto';
import { RepublicationDto } from './dtos/republication.dto';

/** Report.republication, from the harvester's fetch records (the report module knows nothing of harvesting). */
@Resolver(() => ReportDto)
export class RepublicationResolver {
  constructor(@Inject(STORE_CONNECTIONS) private readonly connections: ConnectionSource) {}

  @ResolveField(() => RepublicationDto, {
    name: 'republication',
    nullable: true,
    description: '发布后修改: set when this version was harvested from an address that earlier gave another version of the same issuer and year; null otherwise',
  })
  async republication(@Parent() report: ReportDto): Promise<RepublicationDto | null> {
    const found = await republicationOf(this.connections, report.id);

    return found ? { ...found, detectedAt: found.detectedAt.toISOString() } : null;
  }
}
