import { graphql } from '../../../../gql';

// The figure by year (the median of the year's reports, never a sum of medians per template), and by year and
// template, counted, only to see which templates the compared reports use (a template break). Written out whole so
// the typed client can check it; getHeadline.spec.ts holds it to HEADLINE_METRICS (aliases, keys and functions).
export const HEADLINE_FIGURE = graphql(`
  fragment HeadlineFigure on AggregateRow {
    year value count regionCount undefinedCount likeForLike { fromYear toYear regionCount excludedRegions { code name } }
  }
`);

export const HEADLINE_TEMPLATES = graphql(`
  fragment HeadlineTemplates on AggregateRow {
    year template value count
  }
`);

// Two aggregates per headline metric over the two years compared (like-for-like unless the user asks for all reports).
export const GET_HEADLINE = graphql(`
  query GetHeadline($parentCode: String!, $yearFrom: Int!, $yearTo: Int!, $comparison: Comparison!) {
    requests: aggregate(metric: "t3_new_received_tot", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, comparison: $comparison, groupBy: [year], fn: sum) { ...HeadlineFigure }
    requestsTemplates: aggregate(metric: "t3_new_received_tot", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, comparison: $comparison, groupBy: [year, template], fn: count) { ...HeadlineTemplates }
    disclosed: aggregate(metric: "rate_disclosed", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, comparison: $comparison, groupBy: [year], fn: median) { ...HeadlineFigure }
    disclosedTemplates: aggregate(metric: "rate_disclosed", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, comparison: $comparison, groupBy: [year, template], fn: count) { ...HeadlineTemplates }
    license: aggregate(metric: "t2_license_decisions", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, comparison: $comparison, groupBy: [year], fn: sum) { ...HeadlineFigure }
    licenseTemplates: aggregate(metric: "t2_license_decisions", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, comparison: $comparison, groupBy: [year, template], fn: count) { ...HeadlineTemplates }
    penalty: aggregate(metric: "t2_penalty_decisions", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, comparison: $comparison, groupBy: [year], fn: sum) { ...HeadlineFigure }
    penaltyTemplates: aggregate(metric: "t2_penalty_decisions", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, comparison: $comparison, groupBy: [year, template], fn: count) { ...HeadlineTemplates }
    procurement: aggregate(metric: "t2_procure_amount_yuan", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, comparison: $comparison, groupBy: [year], fn: sum) { ...HeadlineFigure }
    procurementTemplates: aggregate(metric: "t2_procure_amount_yuan", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, comparison: $comparison, groupBy: [year, template], fn: count) { ...HeadlineTemplates }
    reviewCorrected: aggregate(metric: "rate_review_corrected", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, comparison: $comparison, groupBy: [year], fn: median) { ...HeadlineFigure }
    reviewCorrectedTemplates: aggregate(metric: "rate_review_corrected", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, comparison: $comparison, groupBy: [year, template], fn: count) { ...HeadlineTemplates }
  }
`);
