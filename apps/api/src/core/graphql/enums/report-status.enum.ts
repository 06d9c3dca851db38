import { registerEnumType } from '@nestjs/graphql';

export type ReportStatus = 'current' | 'superseded';

export const ReportStatusEnum: { [K in ReportStatus]: K } = { current: 'current', superseded: 'superseded' };

registerEnumType(ReportStatusEnum, { name: 'ReportStatus' });
