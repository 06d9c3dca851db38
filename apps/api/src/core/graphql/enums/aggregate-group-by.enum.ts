import { registerEnumType } from '@nestjs/graphql';

export type AggregateGroupBy = 'region' | 'year' | 'template' | 'issuerKind';

export const AggregateGroupByEnum: { [K in AggregateGroupBy]: K } = { region: 'region', year: 'year', template: 'template', issuerKind: 'issuerKind' };

registerEnumType(AggregateGroupByEnum, { name: 'AggregateGroupBy' });
