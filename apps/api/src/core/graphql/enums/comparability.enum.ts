import { registerEnumType } from '@nestjs/graphql';

import { type Comparability } from '@gongkai/domain';

export const ComparabilityEnum: { [K in Comparability]: K } = { same: 'same', approximate: 'approximate', break: 'break' };

registerEnumType(ComparabilityEnum, { name: 'Comparability', description: 'How a step between two years compares (spec §9.6): a break is never joined.' });
