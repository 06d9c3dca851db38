import {
  AREA_CODES,
  ancestorsOf,
  getRegion,
  initialsOf,
  nameIndexes,
  normalizeText,
  pathName,
} from './catalogue';
import {
  type Evidence,
  type EvidenceSource,
  type RegionCandidate,
  type RegionHints,
  type RegionResolution,
} from './types';

// Weights: a printed name is the strongest signal; a host is nearly as good (county sites use the county's pinyin);
// a telephone area code names a prefecture-sized area only.
const WEIGHT = { name: 2, host: 1.5, areaCode: 1 } as const;

type TextSource = Extract<EvidenceSource, 'title' | 'issuer' | 'address' | 'regionHint'>;

/** One- and two-character names (城区, 郊区, 和县) also occur inside ordinary words: they count only where safe. */
const isShortName = (name: string) => name.length <= 2;

/** Greedy left-to-right longest match of current and historical full names. */
function findNames(text: string, source: TextSource): { name: string; start: number; end: number }[] {
  const { names, lengthsByFirstChar } = nameIndexes();
  const out: { name: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < text.length) {
    let found: string | null = null;
    for (const len of lengthsByFirstChar.get(text.charAt(i)) ?? []) {
      if (len < 2 || len > text.length - i) continue;
      const piece = text.slice(i, i + len);
      if (names.has(piece)) {
        found = piece;
        break;
      }
    }
    if (found === null) {
      i++;
      continue;
    }
    const match = { name: found, start: i, end: i + found.length };
    const prev = out[out.length - 1];
    // A short name is accepted right after a name of its parent (宣城市泾县) or at the start of a title/issuer (泾县人民政府).
    const safe =
      !isShortName(found) ||
      (prev !== undefined && prev.end === i) ||
      ((source === 'issuer' || source === 'title') && /^(?:\d{4}年度?)?$/.test(text.slice(0, i)));
    if (safe) out.push(match);
    i = match.end;
  }
  return out;
}

const SERVICE_LABELS = new Set([
  'www',
  'gov',
  'cn',
  'com',
  'org',
  'net',
  'xxgk',
  'zwgk',
  'zfxxgk',
  'gk',
  'wap',
  'm',
]);

/** Candidates for one host label: the label is a region's pinyin, or an ancestor's pinyin/initials + the pinyin (gztongzi). */
function hostCandidates(label: string): string[] {
  const { stems } = nameIndexes();
  const out = new Set<string>(stems.get(label) ?? []);
  for (let k = 1; k < label.length - 3; k++) {
    const prefix = label.slice(0, k);
    for (const code of stems.get(label.slice(k)) ?? []) {
      if (ancestorsOf(code).some((a) => a.pinyin === prefix || initialsOf(a.code) === prefix)) out.add(code);
    }
  }
  return [...out];
}

function collectEvidence(hints: RegionHints): Evidence[] {
  const byKey = new Map<string, Evidence>();
  const add = (key: string, source: EvidenceSource, matched: string, codes: string[], weight: number) => {
    const e = byKey.get(key);
    if (e) {
      if (!e.sources.includes(source)) e.sources.push(source);
    } else byKey.set(key, { sources: [source], matched, codes, weight });
  };
  const texts: [TextSource, string | null | undefined][] = [
    ['title', hints.title],
    ['issuer', hints.issuer],
    ['address', hints.address],
    ['regionHint', hints.regionHint],
  ];
  for (const [source, text] of texts) {
    if (!text) continue;
    for (const m of findNames(normalizeText(text), source))
      add(`n:${m.name}`, source, m.name, [...(nameIndexes().names.get(m.name) ?? [])], WEIGHT.name);
  }
  for (const host of hints.hosts ?? []) {
    const labels = host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '').split('.');
    // Only government hosts: a commercial host's name says nothing about the issuer's place.
    if (labels.length < 3 || labels[labels.length - 1] !== 'cn' || labels[labels.length - 2] !== 'gov')
      continue;
    for (const label of labels.slice(0, -2)) {
      if (SERVICE_LABELS.has(label)) continue;
      const codes = hostCandidates(label); // a fresh array: evidence never shares the index arrays
      if (codes.length > 0) add(`h:${label}`, 'host', label, codes, WEIGHT.host);
    }
  }
  const areaCodes = new Set<string>(hints.areaCodes ?? []);
  for (const phone of hints.phones ?? []) {
    // '0894-5731699', '0591 2316 5250', '(0591)23165250'; a run of digits alone has no readable area code.
    const m = /^\s*(?:\((0\d{2,3})\)|(0\d{2,3})[-\s－—])/.exec(phone.normalize('NFKC'));
    const code = m?.[1] ?? m?.[2];
    if (code) areaCodes.add(code);
  }
  for (const code of areaCodes) {
    const codes = AREA_CODES.get(code);
    if (codes) add(`a:${code}`, 'areaCode', code, [...codes], WEIGHT.areaCode);
  }
  return [...byKey.values()];
}

const chainOf = (code: string): Set<string> => new Set([code, ...ancestorsOf(code).map((a) => a.code)]);

function why(code: string, evidence: Evidence[]): string {
  const chain = chainOf(code);
  return evidence
    .filter((e) => e.codes.some((c) => chain.has(c)))
    .map(
      (e) =>
        `${e.sources.join('+')}: ${e.matched}${nameIndexes().historical.has(e.matched) ? ' (historical name)' : ''}`,
    )
    .join('; ');
}

/**
 * Finds the region a report belongs to. Every printed name, host label and area code is evidence for the codes it
 * may mean; a candidate scores the weight of every piece of evidence naming it or one of its ancestors, so the most
 * specific consistent region wins (淮安市 + 洪泽区 → 洪泽区). Ties between unrelated regions are 'ambiguous' — a bare
 * 朝阳区 is never resolved. Postcodes are not used: no maintained package maps them to divisions.
 */
export function resolveRegion(hints: RegionHints): RegionResolution {
  const evidence = collectEvidence(hints);
  const candidates = new Set(evidence.flatMap((e) => e.codes));
  if (candidates.size === 0) return { status: 'unknown', evidence };
  const total = evidence.reduce((s, e) => s + e.weight, 0);
  const scored = [...candidates].map((code) => {
    const chain = chainOf(code);
    const support = evidence.reduce((s, e) => (e.codes.some((c) => chain.has(c)) ? s + e.weight : s), 0);
    return { code, chain, support };
  });
  const best = Math.max(...scored.map((s) => s.support));
  const top = scored.filter((s) => s.support === best);
  // Drop a top candidate that is an ancestor of another top candidate: the more specific one says the same and more.
  const specific = top.filter((s) => !top.some((o) => o.code !== s.code && o.chain.has(s.code)));
  if (specific.length === 1) {
    const region = getRegion(specific[0].code);
    if (region)
      return { status: 'resolved', region, confidence: Math.round((best / total) * 100) / 100, evidence };
  }
  const list: RegionCandidate[] = specific
    // Plain comparison: localeCompare would initialise an ICU collator (tens of ms) for six-digit codes.
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((s) => ({ code: s.code, pathName: pathName(s.code), why: why(s.code, evidence) }));
  return { status: 'ambiguous', candidates: list, evidence };
}
