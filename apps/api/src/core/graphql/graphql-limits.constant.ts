/** Deepest selection allowed (introspection fields are not counted). */
export const MAX_QUERY_DEPTH = 10;
/** Estimated cost ceiling of one operation (see complexity.plugin.ts). */
export const MAX_QUERY_COMPLEXITY = 20_000;
