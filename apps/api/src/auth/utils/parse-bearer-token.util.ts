/** The secret of an `Authorization: Bearer <secret>` header; undefined when absent, null when malformed. */
export function parseBearerToken(header: string | string[] | undefined): string | null | undefined {
  if (header === undefined) return undefined;
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined || value.trim() === '') return undefined;
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})\s*$/i.exec(value.trim());

  return match ? match[1] : null;
}
