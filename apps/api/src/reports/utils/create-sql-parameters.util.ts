export type SqlParameters = {
  /** The values, in placeholder order, for DataSource.query(sql, values). */
  readonly values: unknown[];
  /** Adds a value and returns its placeholder ('$3'), optionally with a cast ('$3::int'). */
  add(value: unknown, cast?: string): string;
};

/**
 * Collects positional parameters while a query is assembled from fixed SQL fragments, so user input only
 * ever travels as a parameter (never inside the SQL text).
 */
export function createSqlParameters(): SqlParameters {
  const values: unknown[] = [];

  return {
    values,
    add(value: unknown, cast?: string): string {
      values.push(value);

      return cast ? `$${values.length}::${cast}` : `$${values.length}`;
    },
  };
}
