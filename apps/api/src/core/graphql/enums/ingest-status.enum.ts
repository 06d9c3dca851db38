import { registerEnumType } from '@nestjs/graphql';

import { type IngestStatus } from '@gongkai/report-store';

export const IngestStatusEnum: { [K in IngestStatus]: K } = {
  ingested: 'ingested',
  duplicate: 'duplicate',
  superseded: 'superseded',
  rejected: 'rejected',
};

registerEnumType(IngestStatusEnum, { name: 'IngestStatus', description: 'What an upload did with one document.',
  valuesMap: {
    duplicate: { description: 'The same bytes were stored before: nothing changed, the stored report is returned' },
    ingested: { description: 'Stored as a new report' },
    rejected: { description: 'Not stored; error says why' },
    superseded: { description: 'Stored, and it replaced an older report of the same issuer and year (see replaced)' },
  },
});
