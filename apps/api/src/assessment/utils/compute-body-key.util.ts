/**
 * Which stored issuers are one body for the assessment: the same region and the same name once the names of
 * the regions above it are taken off the front ('淮安市洪泽区人民政府' in 2024 is '洪泽区人民政府' of 2023). The
 * store keeps them as two issuers (the names differ); comparing a body with "its previous report" must not.
 */
export function computeBodyKey(regionCode: string, issuerName: string, ancestorNames: readonly (string | null)[]): string {
  let name = issuerName.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
  for (const ancestor of ancestorNames) if (ancestor && name.startsWith(ancestor) && name.length > ancestor.length) name = name.slice(ancestor.length);

  return `${regionCode}|${name}`;
}
