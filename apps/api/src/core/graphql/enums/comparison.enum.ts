import { registerEnumType } from '@nestjs/graphql';

export type Comparison = 'LIKE_FOR_LIKE' | 'ALL_REPORTS';

export const ComparisonEnum: { [K in Comparison]: K } = { LIKE_FOR_LIKE: 'LIKE_FOR_LIKE', ALL_REPORTS: 'ALL_REPORTS' };

registerEnumType(ComparisonEnum, {
  name: 'Comparison',
  description:
    'Which reports a figure compared across years is computed over. LIKE_FOR_LIKE = only the regions with a known value in both years of each step (同口径); ALL_REPORTS = every current report of each year.',
  valuesMap: {
    LIKE_FOR_LIKE: { description: 'Per year step (y-1 → y): only regions with a known value in both years; the others are named in likeForLike.excludedRegions' },
    ALL_REPORTS: { description: 'Every current report of each year, whatever the other year holds (the sets of regions may differ)' },
  },
});
