import { registerEnumType } from '@nestjs/graphql';

export type SiteCheckResult = 'found' | 'not_found' | 'unreachable';

export const SiteCheckResultEnum: { [K in SiteCheckResult]: K } = { found: 'found', not_found: 'not_found', unreachable: 'unreachable' };

registerEnumType(SiteCheckResultEnum, { name: 'SiteCheckResult', description: "What a look at the body's official site found.",
  valuesMap: {
    found: { description: 'The report of that year is on the site' },
    not_found: { description: 'The site has no report of that year' },
    unreachable: { description: 'The site could not be reached: tells nothing about the report' },
  },
});
