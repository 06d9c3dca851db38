/**
 * SQL selecting the codes of a region's subtree (the region itself included) by walking parent_code, with
 * `rootParam` the placeholder of the root's code. UNION (not UNION ALL) stops on a cycle in bad data.
 */
export function buildSubtreeSql(rootParam: string): string {
  return `WITH RECURSIVE subtree AS (
            SELECT code FROM region WHERE code = ${rootParam}
            UNION
            SELECT c.code FROM region c JOIN subtree s ON c.parent_code = s.code
          ) SELECT code FROM subtree`;
}
