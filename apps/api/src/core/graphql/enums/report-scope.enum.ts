import { registerEnumType } from '@nestjs/graphql';

import { type ReportScope } from '@gongkai/domain';

export const ReportScopeEnum: { [K in ReportScope]: K } = { self: 'self', aggregate: 'aggregate', unknown: 'unknown' };

registerEnumType(ReportScopeEnum, { name: 'ReportScope' });
