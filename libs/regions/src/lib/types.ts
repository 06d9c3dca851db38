import { type RegionLevel } from '@gongkai/domain';

export type { RegionLevel };

/** One current division (GB/T 2260 code, or a 国家统计局 statistical-only zone when `standard` is false). */
export type Region = {
  /** Six-digit code: 540000 province, 540400 prefecture, 540421 county. */
  code: string;
  name: string;
  /** Name without its type suffix: 工布江达县 → 工布江达, 巴音郭楞蒙古自治州 → 巴音郭楞. */
  shortName: string;
  level: RegionLevel;
  /** Null for provinces. Districts of 直辖市 and province-administered county-level cities point at the province. */
  parentCode: string | null;
  provinceCode: string;
  /** Null for provinces and for county-level divisions with no prefecture layer (黄浦区, 仙桃市). */
  prefectureCode: string | null;
  /** False for the 国家统计局 xx7x codes (开发区, 管理区): real reporting bodies, but not GB/T 2260 divisions. */
  standard: boolean;
  /** Toneless pinyin of the short name, as government hosts spell it (gongbujiangda). */
  pinyin: string;
};

/** How an old code or name relates to the current catalogue. */
export type AliasKind = 'renamed' | 'recoded' | 'merged' | 'abolished' | 'reporting-area';

export type RegionAlias = {
  /** The old code, or null for a name that never had a code of its own (平潭综合实验区). */
  oldCode: string | null;
  oldName: string;
  /** Current code, or null when the division was abolished without a traceable successor. */
  currentCode: string | null;
  /** First and last 国家统计局 snapshot year (2015…2023) that lists the old code+name; null when unknown. */
  firstSeen: number | null;
  lastSeen: number | null;
  kind: AliasKind;
  note: string | null;
};

export type HistoryEntry = {
  code: string | null;
  name: string;
  firstSeen: number | null;
  /** Null for the current name. */
  lastSeen: number | null;
  kind: AliasKind | 'current';
  note: string | null;
};

/** Location hints a report gives (same field names as the parser's ParsedLocation plus title/issuer). */
export type RegionHints = {
  title?: string | null;
  issuer?: string | null;
  address?: string | null;
  postcode?: string | null;
  phones?: readonly string[];
  areaCodes?: readonly string[];
  hosts?: readonly string[];
  /** Free text naming the place, e.g. a preamble line or a folder name. */
  regionHint?: string | null;
};

export type EvidenceSource = 'title' | 'issuer' | 'address' | 'regionHint' | 'host' | 'areaCode';

export type Evidence = {
  sources: EvidenceSource[];
  /** What matched: a name as printed (normalised), a host label or an area code. */
  matched: string;
  /** The current codes that the match could mean. */
  codes: string[];
  weight: number;
};

export type RegionCandidate = { code: string; pathName: string; why: string };

export type RegionResolution =
  | { status: 'resolved'; region: Region; confidence: number; evidence: Evidence[] }
  | { status: 'ambiguous'; candidates: RegionCandidate[]; evidence: Evidence[] }
  | { status: 'unknown'; evidence: Evidence[] };
