import { registerEnumType } from '@nestjs/graphql';

import { type RegionLevel } from '@gongkai/domain';

export const RegionLevelEnum: { [K in RegionLevel]: K } = { province: 'province', prefecture: 'prefecture', county: 'county' };

registerEnumType(RegionLevelEnum, { name: 'RegionLevel' });
