import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type LoadersContext } from '../core/dataloader/types/loaders.type';
import { RankingEntryDto } from './dtos/ranking-entry.dto';

/** RankingEntry.sampleData: from the entry's report (one batched look-up per request), so bars and tables can mark generated data. */
@Resolver(() => RankingEntryDto)
export class RankingEntryResolver {
  @ResolveField(() => Boolean, { name: 'sampleData', nullable: false, description: "The entry's report is generated sample data (false when there is no report)" })
  async sampleData(@Parent() entry: RankingEntryDto, @Context() { loaders }: LoadersContext): Promise<boolean> {
    if (!entry.reportId) return false;

    return (await loaders.reportById.load(entry.reportId))?.sample_data ?? false;
  }
}
