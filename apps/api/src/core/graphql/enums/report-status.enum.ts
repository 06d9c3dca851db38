import { registerEnumType } from '@nestjs/graphql';

export type ReportStatus = 'current' | 'superseded';

export const ReportStatusEnum: { [K in ReportStatus]: K } = { current: 'current', superseded: 'superseded' };

registerEnumType(ReportStatusEnum, { name: 'ReportStatus', description: 'Whether a report is the standing one for its issuer and year.',
  valuesMap: {
    current: { description: 'The standing report of its issuer and year (analytics read only these)' },
    superseded: { description: 'Replaced by a corrected document of the same issuer and year; still queryable' },
  },
});
