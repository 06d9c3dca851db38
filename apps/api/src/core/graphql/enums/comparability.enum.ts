import { registerEnumType } from '@nestjs/graphql';

import { type Comparability } from '@gongkai/domain';

export const ComparabilityEnum: { [K in Comparability]: K } = { same: 'same', approximate: 'approximate', break: 'break' };

registerEnumType(ComparabilityEnum, { name: 'Comparability', description: 'How a step between two years compares (spec §9.6): a break is never joined.',
  valuesMap: {
    approximate: { description: 'Harmonised metric that changed its definition slightly at 2020→2021 (本年新制作数量 → 本年制发件数)' },
    break: { description: 'Not comparable: the metric is not in both templates, or a report is non-standard; no change is given' },
    same: { description: 'Same template, or a metric that continues unchanged' },
  },
});
