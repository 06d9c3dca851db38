import { ArgsType, Field, Int } from '@nestjs/graphql';

import { type ReportOrder, ReportOrderEnum } from '../../core/graphql/enums/report-order.enum';
import { ReportFilterInput } from './report-filter.input';

@ArgsType()
export class ReportsArgs {
  @Field(() => Int, { nullable: true, defaultValue: 25, description: 'Page size, 0–100' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => ReportFilterInput, { nullable: true, description: 'Filters, combined with AND' })
  where?: ReportFilterInput | null;

  @Field(() => ReportOrderEnum, { nullable: true, defaultValue: 'year_desc', description: 'Order of the list; a cursor belongs to the order it was made in' })
  orderBy?: ReportOrder | null;
}
