/** A former name or code of a region (region_alias). */
export type RegionAliasRow = { region_code: string; alias: string; kind: 'code' | 'name'; valid_from: number | null; valid_to: number | null };
