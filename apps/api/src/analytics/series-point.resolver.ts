import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { type LoadersContext } from '../core/dataloader/types/loaders.type';
import { SeriesPointDto } from './dtos/series-point.dto';

/** SeriesPoint.sampleData: from the point's report (one batched look-up per request), so charts can mark generated data. */
@Resolver(() => SeriesPointDto)
export class SeriesPointResolver {
  @ResolveField(() => Boolean, { name: 'sampleData', nullable: false, description: "The point's report is generated sample data (false when there is no report)" })
  async sampleData(@Parent() point: SeriesPointDto, @Context() { loaders }: LoadersContext): Promise<boolean> {
    if (!point.reportId) return false;

    return (await loaders.reportById.load(point.reportId))?.sample_data ?? false;
  }
}
