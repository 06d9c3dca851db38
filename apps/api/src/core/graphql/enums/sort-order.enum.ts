import { registerEnumType } from '@nestjs/graphql';

export type SortOrder = 'asc' | 'desc';

export const SortOrderEnum: { [K in SortOrder]: K } = { asc: 'asc', desc: 'desc' };

registerEnumType(SortOrderEnum, { name: 'SortOrder', description: 'Sort direction.',
  valuesMap: {
    asc: { description: 'Smallest first' },
    desc: { description: 'Largest first' },
  },
});
