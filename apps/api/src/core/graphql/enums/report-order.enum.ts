import { registerEnumType } from '@nestjs/graphql';

export type ReportOrder = 'year_desc' | 'ingested_desc';

export const ReportOrderEnum: { [K in ReportOrder]: K } = { year_desc: 'year_desc', ingested_desc: 'ingested_desc' };

registerEnumType(ReportOrderEnum, {
  name: 'ReportOrder',
  description: 'The order of a reports list (each stable, so pages never overlap or skip).',
  valuesMap: {
    year_desc: { description: 'Data year descending, then region code, then id (the default)' },
    ingested_desc: { description: 'Most recently stored first, then id: what came in last, for administrators' },
  },
});
