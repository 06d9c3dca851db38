import { HEADLINE_METRICS, type HeadlineMetric } from '../../constants/HEADLINE_METRICS';

const FIELDS = 'year value count regionCount undefinedCount likeForLike { fromYear toYear regionCount excludedRegions { code name } }';

// The figure by year (the median of the year's reports, never a sum of medians per template), and by year and
// template, counted, only to see which templates the compared reports use (a template break).
function pair({ alias, key, fn }: HeadlineMetric): string {
  const args = `metric: "${key}", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, comparison: $comparison`;

  return `${alias}: aggregate(${args}, groupBy: [year], fn: ${fn}) { ${FIELDS} }
    ${alias}Templates: aggregate(${args}, groupBy: [year, template], fn: count) { year template value count }`;
}

// Two aggregates per headline metric over the two years compared (like-for-like unless the user asks for all reports).
export const GET_HEADLINE = /* GraphQL */ `
  query GetHeadline($parentCode: String!, $yearFrom: Int!, $yearTo: Int!, $comparison: Comparison!) {
    ${HEADLINE_METRICS.map(pair).join('\n    ')}
  }
`;
