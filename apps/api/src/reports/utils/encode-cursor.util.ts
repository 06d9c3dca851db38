/** The sort key of a row as an opaque cursor (base64url of its JSON). Clients must not build cursors. */
export function encodeCursor(sortKey: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(sortKey), 'utf8').toString('base64url');
}
