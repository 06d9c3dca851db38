import { reportedMetrics, T3_COLUMNS, T3_ROWS, type T3Row, T4_GROUPS, T4_OUTCOMES, type TemplateVersion, t3Key, t4Key } from '@gongkai/domain';

/**
 * Catalogue keys precomputed once per template: generating 20,000 documents builds these strings
 * millions of times otherwise. Everything still comes from @gongkai/domain.
 */
export type TemplateKeys = {
  t3Rows: readonly T3Row[];
  /** t3[rowIndex][columnIndex] → key, columns in T3_COLUMNS order (tot last). */
  t3: readonly (readonly string[])[];
  outcomeRowIds: readonly string[];
  t4: readonly (readonly string[])[];
  reported: readonly string[];
};

const cache = new Map<TemplateVersion, TemplateKeys>();

export function templateKeys(template: TemplateVersion): TemplateKeys {
  const hit = cache.get(template);
  if (hit) return hit;
  const t3Rows = T3_ROWS.filter((r) => r.versions.includes(template));
  const keys: TemplateKeys = {
    t3Rows,
    t3: t3Rows.map((r) => T3_COLUMNS.map((c) => t3Key(r.id, c.id))),
    outcomeRowIds: t3Rows.filter((r) => r.group !== 'top' && r.id !== 'result_total').map((r) => r.id),
    t4: T4_GROUPS.map((g) => T4_OUTCOMES.map((o) => t4Key(g.id, o.id))),
    reported: reportedMetrics(template).map((m) => m.key),
  };
  cache.set(template, keys);

  return keys;
}
