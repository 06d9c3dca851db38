/** Competition ranks (1, 2, 2, 4) by score, highest first; an item without a score gets no rank. */
export function rankScores<T extends { score: number | null }>(items: readonly T[]): (T & { rank: number | null })[] {
  const scored = items.filter((i) => i.score !== null).map((i) => i.score as number).sort((a, b) => b - a);

  return items.map((item) => ({ ...item, rank: item.score === null ? null : scored.indexOf(item.score) + 1 }));
}
