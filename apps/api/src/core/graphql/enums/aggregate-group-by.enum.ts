import { registerEnumType } from '@nestjs/graphql';

export type AggregateGroupBy = 'region' | 'year' | 'template' | 'issuerKind';

export const AggregateGroupByEnum: { [K in AggregateGroupBy]: K } = { region: 'region', year: 'year', template: 'template', issuerKind: 'issuerKind' };

registerEnumType(AggregateGroupByEnum, { name: 'AggregateGroupBy', description: 'A column that aggregate groups its rows by.',
  valuesMap: {
    issuerKind: { description: 'One row per kind of issuing body (gov, department …)' },
    region: { description: 'One row per region at the level asked (each report rolled up to it)' },
    template: { description: 'One row per report template (gb2019, gb2021, nonstandard)' },
    year: { description: 'One row per data year' },
  },
});
