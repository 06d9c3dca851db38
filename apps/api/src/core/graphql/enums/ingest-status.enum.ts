import { registerEnumType } from '@nestjs/graphql';

import { type IngestStatus } from '@gongkai/report-store';

export const IngestStatusEnum: { [K in IngestStatus]: K } = {
  ingested: 'ingested',
  duplicate: 'duplicate',
  superseded: 'superseded',
  rejected: 'rejected',
};

registerEnumType(IngestStatusEnum, { name: 'IngestStatus' });
