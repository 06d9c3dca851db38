import { registerEnumType } from '@nestjs/graphql';

export type ReportQuality = 'passing' | 'failing' | 'needs_review' | 'none';

export const ReportQualityEnum: { [K in ReportQuality]: K } = { passing: 'passing', failing: 'failing', needs_review: 'needs_review', none: 'none' };

registerEnumType(ReportQualityEnum, {
  name: 'ReportQuality',
  description: 'The checks of the held report: none (no report) > needs_review (the parser could not read it completely) > failing > passing.',
  valuesMap: {
    passing: { description: 'Every check passes' },
    failing: { description: 'At least one rule fails (see failedRules)' },
    needs_review: { description: 'The parser flagged the report (a template cell not found, a row it could not place or match): its checks cannot be trusted until a person looks' },
    none: { description: 'No report is held' },
  },
});
