import { registerEnumType } from '@nestjs/graphql';

export type SortOrder = 'asc' | 'desc';

export const SortOrderEnum: { [K in SortOrder]: K } = { asc: 'asc', desc: 'desc' };

registerEnumType(SortOrderEnum, { name: 'SortOrder' });
