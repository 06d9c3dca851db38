import { registerEnumType } from '@nestjs/graphql';

export type CoverageStatus = 'filed' | 'late' | 'missing' | 'failing';

export const CoverageStatusEnum: { [K in CoverageStatus]: K } = { filed: 'filed', late: 'late', missing: 'missing', failing: 'failing' };

registerEnumType(CoverageStatusEnum, { name: 'CoverageStatus', description: 'The worst applies: missing > failing > late > filed.' });
