import { registerEnumType } from '@nestjs/graphql';

export type SiteCheckResult = 'found' | 'not_found' | 'unreachable';

export const SiteCheckResultEnum: { [K in SiteCheckResult]: K } = { found: 'found', not_found: 'not_found', unreachable: 'unreachable' };

registerEnumType(SiteCheckResultEnum, { name: 'SiteCheckResult', description: "What a look at the body's official site found." });
