import rawData from '../generated/regions.json';
import { type AliasKind, type HistoryEntry, type Region, type RegionAlias, type RegionLevel } from './types';

/** Shape of src/generated/regions.json (written by scripts/generate-regions.mjs). */
type RawData = {
  meta: Record<string, unknown>;
  regions: [string, string, string, string, string, string, number][];
  aliases: [string, string, string, number, number, string, string][];
  areaCodes: Record<string, string[]>;
  t2s: string;
};

const raw = rawData as unknown as RawData;

const levelOf = (code: string): RegionLevel =>
  code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'prefecture' : 'county';

const byCode = new Map<string, Region>();
const children = new Map<string, Region[]>();
const initialsByCode = new Map<string, string>();
const list: Region[] = [];

for (const [code, name, parent, shortName, pinyin, initials, nonStandard] of raw.regions) {
  const level = levelOf(code);
  const parentCode = parent === '' ? null : parent;
  const provinceCode = code.slice(0, 2) + '0000';
  const prefectureCode =
    level === 'county'
      ? parentCode !== null && levelOf(parentCode) === 'prefecture'
        ? parentCode
        : null
      : null;
  const region: Region = Object.freeze({
    code,
    name,
    shortName,
    level,
    parentCode,
    provinceCode,
    prefectureCode: level === 'prefecture' ? code : prefectureCode,
    standard: nonStandard === 0,
    pinyin,
  });
  byCode.set(code, region);
  initialsByCode.set(code, initials);
  list.push(region);
  if (parentCode !== null) {
    const siblings = children.get(parentCode) ?? [];
    siblings.push(region);
    children.set(parentCode, siblings);
  }
}

const aliasList: RegionAlias[] = raw.aliases.map(([oldCode, oldName, current, first, last, kind, note]) =>
  Object.freeze({
    oldCode: oldCode === '' ? null : oldCode,
    oldName,
    currentCode: current === '' ? null : current,
    firstSeen: first === 0 ? null : first,
    lastSeen: last === 0 ? null : last,
    kind: kind as AliasKind,
    note: note === '' ? null : note,
  }),
);
const aliasesByOldCode = new Map<string, RegionAlias[]>();
const aliasesByCurrent = new Map<string, RegionAlias[]>();
for (const a of aliasList) {
  if (a.oldCode !== null) aliasesByOldCode.set(a.oldCode, [...(aliasesByOldCode.get(a.oldCode) ?? []), a]);
  if (a.currentCode !== null)
    aliasesByCurrent.set(a.currentCode, [...(aliasesByCurrent.get(a.currentCode) ?? []), a]);
}

const t2s = new Map<string, string>();
for (let i = 0; i + 1 < raw.t2s.length; i += 2) t2s.set(raw.t2s[i], raw.t2s[i + 1]);

/** NFKC, traditional → simplified for the characters region names use, whitespace removed. */
export function normalizeText(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC')) {
    if (/\s/.test(ch)) continue;
    out += t2s.get(ch) ?? ch;
  }
  return out;
}

/** Every current division, sorted by code (31 provinces, 333 prefectures, 2,850 GB/T counties + 124 statistical zones). */
export const REGIONS: readonly Region[] = Object.freeze(list);
export const REGION_ALIASES: readonly RegionAlias[] = Object.freeze(aliasList);
/** Telephone area code → current prefecture-level (or province-administered county-level) codes. */
export const AREA_CODES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(raw.areaCodes));
export const DATA_SOURCES: Readonly<Record<string, unknown>> = raw.meta;

export function getRegion(code: string): Region | undefined {
  return byCode.get(code);
}

/** The current code for a current or historical code; null when unknown or abolished without a successor. */
export function currentCode(code: string): string | null {
  if (byCode.has(code)) return code;
  const hits = aliasesByOldCode.get(code);
  if (!hits) return null;
  const latest = [...hits].sort((a, b) => (b.lastSeen ?? 0) - (a.lastSeen ?? 0))[0];
  return latest.currentCode;
}

type ChildrenOptions = { includeNonStandard?: boolean };

/** Direct children, or (with `level`) all descendants at that level. Statistical-only zones are left out unless asked for. */
export function childrenOf(code: string, level?: RegionLevel, options: ChildrenOptions = {}): Region[] {
  const keep = (r: Region) => options.includeNonStandard === true || r.standard;
  const direct = children.get(code) ?? [];
  if (level === undefined) return direct.filter(keep);
  const out: Region[] = [];
  const walk = (rs: readonly Region[]) => {
    for (const r of rs) {
      if (r.level === level) {
        if (keep(r)) out.push(r);
      } else walk(children.get(r.code) ?? []);
    }
  };
  walk(direct);
  return out;
}

export function countiesOf(prefectureCode: string, options: ChildrenOptions = {}): Region[] {
  return childrenOf(prefectureCode, 'county', options);
}

/** Ancestors from the province down, without the region itself. */
export function ancestorsOf(code: string): Region[] {
  const out: Region[] = [];
  let r = byCode.get(currentCode(code) ?? '');
  // At most two steps (county → prefecture → province); the bound also guards against a bad data file.
  while (r && r.parentCode !== null && out.length < 3) {
    r = byCode.get(r.parentCode);
    if (r) out.unshift(r);
  }
  return out;
}

/** '西藏自治区 林芝市 工布江达县'; empty string for an unknown code. */
export function pathName(code: string): string {
  const r = byCode.get(currentCode(code) ?? '');
  return r ? [...ancestorsOf(r.code), r].map((x) => x.name).join(' ') : '';
}

/** Old names and codes of a region (given by any of its current or historical codes), oldest first, current last. */
export function history(code: string): HistoryEntry[] {
  const cur = currentCode(code);
  const entries: HistoryEntry[] = [];
  if (cur !== null) {
    for (const a of aliasesByCurrent.get(cur) ?? []) {
      entries.push({
        code: a.oldCode,
        name: a.oldName,
        firstSeen: a.firstSeen,
        lastSeen: a.lastSeen,
        kind: a.kind,
        note: a.note,
      });
    }
  } else {
    for (const a of aliasesByOldCode.get(code) ?? []) {
      entries.push({
        code: a.oldCode,
        name: a.oldName,
        firstSeen: a.firstSeen,
        lastSeen: a.lastSeen,
        kind: a.kind,
        note: a.note,
      });
    }
  }
  entries.sort((a, b) => (a.lastSeen ?? 0) - (b.lastSeen ?? 0) || (a.firstSeen ?? 0) - (b.firstSeen ?? 0));
  const region = cur === null ? undefined : byCode.get(cur);
  if (region) {
    const since = entries.reduce<number | null>(
      (y, e) => (e.kind !== 'reporting-area' && e.lastSeen !== null ? Math.max(y ?? 0, e.lastSeen + 1) : y),
      null,
    );
    entries.push({
      code: region.code,
      name: region.name,
      firstSeen: since,
      lastSeen: null,
      kind: 'current',
      note: null,
    });
  }
  return entries;
}

// ------------------------------------------------------------------ name indexes (shared with the resolver)

type NameIndexes = {
  /** Full name (current or historical, normalised) → current codes it may mean. */
  names: Map<string, string[]>;
  /** Names that are historical only, for evidence wording. */
  historical: Set<string>;
  /** Pinyin stem → current codes. */
  stems: Map<string, string[]>;
  maxNameLength: number;
  /** First character of a name → the lengths of the names starting with it, longest first (most characters start none). */
  lengthsByFirstChar: Map<string, number[]>;
};

let indexes: NameIndexes | null = null;

/** Built on first use, so that a plain getRegion() after import does not pay for the resolver's indexes. */
export function nameIndexes(): NameIndexes {
  if (indexes !== null) return indexes;
  const names = new Map<string, string[]>();
  const stems = new Map<string, string[]>();
  const historical = new Set<string>();
  const addTo = (index: Map<string, string[]>, key: string, code: string) => {
    const codes = index.get(key);
    if (!codes) index.set(key, [code]);
    else if (!codes.includes(code)) codes.push(code);
  };
  for (const r of list) {
    addTo(names, r.name, r.code);
    addTo(stems, r.pinyin, r.code);
  }
  for (const a of aliasList) {
    if (a.currentCode === null) continue;
    if (!names.has(a.oldName)) historical.add(a.oldName);
    addTo(names, a.oldName, a.currentCode);
  }
  let maxNameLength = 0;
  const lengths = new Map<string, Set<number>>();
  for (const k of names.keys()) {
    maxNameLength = Math.max(maxNameLength, k.length);
    const first = k.charAt(0);
    const set = lengths.get(first) ?? new Set<number>();
    set.add(k.length);
    lengths.set(first, set);
  }
  const lengthsByFirstChar = new Map([...lengths].map(([c, set]) => [c, [...set].sort((a, b) => b - a)]));
  indexes = { names, stems, historical, maxNameLength, lengthsByFirstChar };
  return indexes;
}

export function initialsOf(code: string): string {
  return initialsByCode.get(code) ?? '';
}

/**
 * Regions a name may mean, best first: exact current names, historical names (mapped to today's region),
 * short names, then names containing the query. Accepts traditional characters.
 */
export function searchRegions(name: string, limit = 20): Region[] {
  const q = normalizeText(name);
  if (q === '') return [];
  const out: Region[] = [];
  const seen = new Set<string>();
  const push = (code: string) => {
    const r = byCode.get(code);
    if (r && !seen.has(code)) {
      seen.add(code);
      out.push(r);
    }
  };
  for (const code of nameIndexes().names.get(q) ?? []) push(code);
  for (const r of list) if (r.shortName === q) push(r.code);
  for (const r of list) if (r.name.includes(q)) push(r.code);
  return out.slice(0, limit);
}
