/** Escapes LIKE wildcards so user text matches literally (PostgreSQL's default escape character is \). */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
