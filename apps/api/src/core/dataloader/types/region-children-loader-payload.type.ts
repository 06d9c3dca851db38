import { type RegionLevel } from '@gongkai/domain';

/** Children of `code`: direct ones (level null) or every descendant at `level`. */
export type RegionChildrenLoaderPayload = { code: string; level: RegionLevel | null };
