import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { type SiteCheckResult, SiteCheckResultEnum } from '../../core/graphql/enums/site-check-result.enum';

@ObjectType('HarvestRunResult', { description: 'One site of a harvest run: pending (result null) or what its check found.' })
export class HarvestRunResultDto {
  @Field(() => ID, { description: 'The site id' })
  siteId!: string;

  @Field(() => String, { description: 'GB/T 2260 code of the site’s region' })
  regionCode!: string;

  @Field(() => String, { description: 'The registered column address' })
  siteUrl!: string;

  @Field(() => SiteCheckResultEnum, { nullable: true, description: 'found / not_found / unreachable; null: not checked yet' })
  result!: SiteCheckResult | null;

  @Field(() => String, { nullable: true, description: 'When the site was checked (ISO, UTC)' })
  checkedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the check ended: the report page, or the column' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'What the check saw, in words (Chinese)' })
  note!: string | null;

  @Field(() => ID, { nullable: true, description: 'The stored report it found' })
  reportId!: string | null;
}

@ObjectType('HarvestRun', { description: 'One harvest of a data year over a set of registered sites; durable: a restarted api continues its pending sites.' })
export class HarvestRunDto {
  @Field(() => ID, { description: 'The run id' })
  id!: string;

  @Field(() => Int, { description: 'The data year whose reports were looked for' })
  year!: number;

  @Field(() => String, { description: 'running or done' })
  status!: 'running' | 'done';

  @Field(() => String, { description: "Who asked: a token's name, 'schedule', or the CLI's user" })
  requestedBy!: string;

  @Field(() => String, { description: 'ISO timestamp (UTC)' })
  startedAt!: string;

  @Field(() => String, { nullable: true, description: 'ISO timestamp (UTC); null while running' })
  finishedAt!: string | null;

  @Field(() => Int, { description: 'Sites of the run (of the asked regions)' })
  siteCount!: number;

  @Field(() => Int, { description: 'Sites not checked yet' })
  pending!: number;

  @Field(() => Int, { description: 'Sites where the report of the year was found' })
  found!: number;

  @Field(() => Int, { description: 'Sites whose column lists no report of the year' })
  notFound!: number;

  @Field(() => Int, { description: 'Sites that could not be read (timeout, HTTP error, refused address, robots.txt)' })
  unreachable!: number;

  @Field(() => [HarvestRunResultDto], { description: 'Each site of the run, by region and address' })
  results!: HarvestRunResultDto[];
}

@ObjectType('HarvestSiteRef', { description: 'A registered site: id, region and address.' })
export class HarvestSiteRefDto {
  @Field(() => ID, { description: 'The site id' })
  id!: string;

  @Field(() => String, { description: 'GB/T 2260 code of the region' })
  regionCode!: string;

  @Field(() => String, { description: 'The column address' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'The body, or null for the government' })
  issuer!: string | null;
}

@ObjectType('HarvestSiteImport', { description: 'What importHarvestSites saved.' })
export class HarvestSiteImportDto {
  @Field(() => Int, { description: 'Sites saved (new or updated)' })
  saved!: number;

  @Field(() => [HarvestSiteRefDto], { description: 'The saved sites' })
  sites!: HarvestSiteRefDto[];
}
