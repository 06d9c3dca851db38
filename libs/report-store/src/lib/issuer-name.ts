import { normalizeText } from '@gongkai/regions';

/** Issuer names as matched: NFKC, simplified characters, no whitespace or punctuation ('林芝市 人民政府' = '林芝市人民政府'). */
export function normalizeIssuerName(name: string): string {
  return normalizeText(name).replace(/[\p{P}\p{S}]/gu, '');
}
