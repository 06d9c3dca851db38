/** The columns of RegionRow, for `SELECT ${REGION_COLUMNS} FROM region r`. */
export const REGION_COLUMNS = `r.code, r.name, r.level::text AS level, r.parent_code, r.path`;
