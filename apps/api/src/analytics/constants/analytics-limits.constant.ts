/** Longest year range of one analytics query (inclusive years). */
export const MAX_YEAR_SPAN = 50;
/** Most region × year cells one series or coverage query may return. */
export const MAX_GRID_CELLS = 50_000;
