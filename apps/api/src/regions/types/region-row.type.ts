import { type RegionLevel } from '@gongkai/domain';

/** A row of the region table as the read queries select it. */
export type RegionRow = { code: string; name: string; level: RegionLevel; parent_code: string | null; path: string };
