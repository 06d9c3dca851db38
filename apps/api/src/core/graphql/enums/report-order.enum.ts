import { registerEnumType } from '@nestjs/graphql';

import { REPORT_ORDERS, type ReportOrder } from '@gongkai/domain';

export { REPORT_ORDERS, type ReportOrder };

export const ReportOrderEnum = Object.fromEntries(REPORT_ORDERS.map((o) => [o, o])) as {
  [K in ReportOrder]: K;
};

registerEnumType(ReportOrderEnum, {
  name: 'ReportOrder',
  description:
    'The order of a reports list (each stable, ties broken by id, so pages never overlap or skip).',
  valuesMap: {
    year_desc: { description: 'Data year descending, then region code, then id (the default)' },
    year_asc: { description: 'Data year ascending, then region code, then id' },
    ingested_desc: {
      description: 'Most recently stored first, then id: what came in last, for administrators',
    },
    ingested_asc: { description: 'Earliest stored first, then id' },
    issuer_asc: { description: "Issuer's name ascending by Unicode code point, then id" },
    issuer_desc: { description: "Issuer's name descending by Unicode code point, then id" },
    findings_desc: { description: 'Most findings (every severity, as Report.findingCount) first, then id' },
    findings_asc: { description: 'Fewest findings (as Report.findingCount) first, then id' },
    quality_desc: {
      description: 'Worst quality first (needs_review, failing, passing, as Report.quality), then id',
    },
    quality_asc: {
      description: 'Best quality first (passing, failing, needs_review, as Report.quality), then id',
    },
  },
});
