import { registerEnumType } from '@nestjs/graphql';

export type CoverageStatus = 'filed' | 'late' | 'missing' | 'failing';

export const CoverageStatusEnum: { [K in CoverageStatus]: K } = { filed: 'filed', late: 'late', missing: 'missing', failing: 'failing' };

registerEnumType(CoverageStatusEnum, { name: 'CoverageStatus', description: 'The worst applies: missing > failing > late > filed.',
  valuesMap: {
    failing: { description: 'A report is held and fails a strict ERROR rule' },
    filed: { description: 'A report is held and passes its checks (deprecated meaning: also a report without a date)' },
    late: { description: 'A report is held and was published after the deadline' },
    missing: { description: 'No report is held in this database (which is not proof it was not published)' },
  },
});
