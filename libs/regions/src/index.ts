export {
  AREA_CODES,
  DATA_SOURCES,
  REGIONS,
  REGION_ALIASES,
  ancestorsOf,
  childrenOf,
  countiesOf,
  currentCode,
  getRegion,
  history,
  normalizeText,
  pathName,
  searchRegions,
} from './lib/catalogue';
export { resolveRegion } from './lib/resolve';
export type {
  AliasKind,
  Evidence,
  EvidenceSource,
  HistoryEntry,
  Region,
  RegionAlias,
  RegionCandidate,
  RegionHints,
  RegionLevel,
  RegionResolution,
} from './lib/types';
