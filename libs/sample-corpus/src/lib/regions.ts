import { ancestorsOf, AREA_CODES, countiesOf, getRegion, type Region, REGIONS } from '@gongkai/regions';

import { type SampleRegion } from './model';

/**
 * Postcodes are not in the region catalogue; these are the real ones of the seed's prefecture (林芝市),
 * so its samples carry the full contact line of the seed. Other regions' contact lines omit the postcode.
 */
const KNOWN_POSTCODES: Readonly<Record<string, string>> = {
  '540402': '860000',
  '540421': '860200',
  '540423': '860700',
  '540424': '860300',
  '540425': '860600',
  '540426': '860400',
  '540481': '860500',
};

let areaCodeByRegion: Map<string, string> | null = null;

/** Telephone area code of a region: its own entry, else its prefecture's (AREA_CODES is keyed by code). */
function areaCodeOf(region: Region): string | undefined {
  if (!areaCodeByRegion) {
    areaCodeByRegion = new Map();
    for (const [areaCode, codes] of AREA_CODES) for (const code of codes) if (!areaCodeByRegion.has(code)) areaCodeByRegion.set(code, areaCode);
  }

  return areaCodeByRegion.get(region.code) ?? (region.prefectureCode ? areaCodeByRegion.get(region.prefectureCode) : undefined);
}

function kindOf(name: string): SampleRegion['kind'] {
  if (name.endsWith('自治县')) return 'autonomous_county';
  if (name.endsWith('旗')) return 'banner';
  if (name.endsWith('区')) return 'district';
  if (name.endsWith('市')) return 'city';
  if (name.endsWith('县')) return 'county';

  return 'other';
}

/** A catalogue region as the generator needs it (names of the province and prefecture for the address). */
export function toSampleRegion(region: Region): SampleRegion {
  const ancestors = ancestorsOf(region.code);
  const province = ancestors.find((a) => a.level === 'province');
  const prefecture = ancestors.find((a) => a.level === 'prefecture');
  const postcode = KNOWN_POSTCODES[region.code];
  const areaCode = areaCodeOf(region);

  return {
    code: region.code,
    name: region.name,
    // 直辖市 districts and province-administered cities have no prefecture layer (spec §8.3).
    prefectureName: prefecture?.name ?? '',
    provinceName: province?.name ?? '',
    kind: kindOf(region.name),
    ...(postcode ? { postcode } : {}),
    ...(areaCode ? { areaCode } : {}),
  };
}

/** What a region catalogue must offer for `--prefecture` / `--all`. */
export type RegionCatalogue = {
  /** County-level regions of a prefecture (or of a directly-governed municipality). */
  countiesOf(prefectureCode: string): readonly SampleRegion[];
  /** Every county-level region (GB/T 2260 divisions only). */
  allCounties(): readonly SampleRegion[];
  getRegion(code: string): SampleRegion | undefined;
};

/** @gongkai/regions (the national catalogue) as the generator's region source. */
export const NATIONAL_CATALOGUE: RegionCatalogue = {
  countiesOf: (prefectureCode) => countiesOf(prefectureCode).map(toSampleRegion),
  allCounties: () => REGIONS.filter((r) => r.level === 'county' && r.standard).map(toSampleRegion),
  getRegion: (code) => {
    const r = getRegion(code);
    return r && r.level === 'county' ? toSampleRegion(r) : undefined;
  },
};

/** The seven county-level divisions of 林芝市 (540400), the seed's prefecture: the default demo set. */
export const LINZHI_PREFECTURE = '540400';

export function linzhiCounties(): SampleRegion[] {
  return NATIONAL_CATALOGUE.countiesOf(LINZHI_PREFECTURE).slice();
}

export type RegionSelector = { prefecture?: string; all?: boolean; regions?: readonly string[] };

/**
 * Turns the CLI's `--prefecture <code>` / `--all` (or explicit county codes) into a region list; with
 * nothing selected, 林芝市's counties. Throws a RangeError with a clear message for unknown codes.
 */
export function resolveRegions(selector: RegionSelector, catalogue: RegionCatalogue = NATIONAL_CATALOGUE): SampleRegion[] {
  if (selector.all) return [...catalogue.allCounties()];
  if (selector.prefecture) {
    const list = catalogue.countiesOf(selector.prefecture);
    if (list.length === 0) throw new RangeError(`no county-level regions known for prefecture ${selector.prefecture}`);

    return [...list];
  }
  if (selector.regions && selector.regions.length > 0) {
    return selector.regions.map((code) => {
      const found = catalogue.getRegion(code);
      if (!found) throw new RangeError(`unknown county-level region ${code}`);
      return found;
    });
  }

  return [...catalogue.countiesOf(LINZHI_PREFECTURE)];
}
