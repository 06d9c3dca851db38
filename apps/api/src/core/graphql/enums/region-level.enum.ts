import { registerEnumType } from '@nestjs/graphql';

import { type RegionLevel } from '@gongkai/domain';

export const RegionLevelEnum: { [K in RegionLevel]: K } = { province: 'province', prefecture: 'prefecture', county: 'county' };

registerEnumType(RegionLevelEnum, { name: 'RegionLevel', description: 'Administrative level of GB/T 2260.',
  valuesMap: {
    county: { description: 'County level (县、区、县级市、旗 …)' },
    prefecture: { description: 'Prefecture level (地级市、地区、自治州、盟)' },
    province: { description: 'Province level (省、自治区、直辖市)' },
  },
});
