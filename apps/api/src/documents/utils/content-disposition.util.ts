/** `attachment`/`inline` with an ASCII fallback and the RFC 5987 UTF-8 name (filename*=UTF-8''…). */
export function contentDisposition(fileName: string, type: 'inline' | 'attachment' = 'inline'): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_') || 'report';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
