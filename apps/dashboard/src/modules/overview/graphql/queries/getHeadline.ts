// One aggregate per headline metric, grouped by year and template so a template break is visible.
export const GET_HEADLINE = /* GraphQL */ `
  query GetHeadline($parentCode: String!, $yearFrom: Int!, $yearTo: Int!) {
    requests: aggregate(metric: "t3_new_received_tot", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, groupBy: [year, template], fn: sum) { year template value count }
    disclosed: aggregate(metric: "rate_disclosed", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, groupBy: [year, template], fn: median) { year template value count }
    license: aggregate(metric: "t2_license_decisions", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, groupBy: [year, template], fn: sum) { year template value count }
    penalty: aggregate(metric: "t2_penalty_decisions", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, groupBy: [year, template], fn: sum) { year template value count }
    procurement: aggregate(metric: "t2_procure_amount_yuan", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, groupBy: [year, template], fn: sum) { year template value count }
    reviewCorrected: aggregate(metric: "rate_review_corrected", parentCode: $parentCode, level: county, yearFrom: $yearFrom, yearTo: $yearTo, groupBy: [year, template], fn: median) { year template value count }
  }
`;
