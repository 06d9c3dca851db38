const DAY_MS = 86_400_000;

/**
 * Whole days a publication came after its deadline (0 when on time or early); null when the publication
 * date is unknown. Both are calendar dates (yyyy-mm-dd), compared in UTC so no time zone shifts a day.
 */
export function computeDaysLate(publishedOn: string | null, deadline: string): number | null {
  if (publishedOn === null) return null;
  const published = Date.parse(`${publishedOn}T00:00:00Z`);
  const due = Date.parse(`${deadline}T00:00:00Z`);
  if (Number.isNaN(published) || Number.isNaN(due)) return null;

  return Math.max(0, Math.round((published - due) / DAY_MS));
}
