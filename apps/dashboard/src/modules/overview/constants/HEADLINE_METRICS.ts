/** The overview's headline cards: metric, and how the counties' figures combine. */
export const HEADLINE_METRICS = [
  { alias: 'requests', key: 't3_new_received_tot', fn: 'sum' },
  { alias: 'disclosed', key: 'rate_disclosed', fn: 'median' },
  { alias: 'license', key: 't2_license_decisions', fn: 'sum' },
  { alias: 'penalty', key: 't2_penalty_decisions', fn: 'sum' },
  { alias: 'procurement', key: 't2_procure_amount_yuan', fn: 'sum' },
  { alias: 'reviewCorrected', key: 'rate_review_corrected', fn: 'median' },
] as const;

export type HeadlineMetric = (typeof HEADLINE_METRICS)[number];
