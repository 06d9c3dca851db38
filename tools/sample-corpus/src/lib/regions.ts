import { type SampleRegion } from './model';

/**
 * Built-in regions until the region catalogue (@gongkai/regions) exports countiesOf: the seven
 * county-level divisions of 林芝市 (540400), the prefecture of the seed report. Codes per GB/T 2260
 * (米林 became a county-level city, 540481, replacing 米林县 540422). Postcodes are the counties' own;
 * the area code 0894 is the prefecture's.
 */
export const LINZHI_COUNTIES: readonly SampleRegion[] = [
  { code: '540402', name: '巴宜区', kind: 'district', postcode: '860000' },
  { code: '540421', name: '工布江达县', kind: 'county', postcode: '860200' },
  { code: '540423', name: '墨脱县', kind: 'county', postcode: '860700' },
  { code: '540424', name: '波密县', kind: 'county', postcode: '860300' },
  { code: '540425', name: '察隅县', kind: 'county', postcode: '860600' },
  { code: '540426', name: '朗县', kind: 'county', postcode: '860400' },
  { code: '540481', name: '米林市', kind: 'city', postcode: '860500' },
].map((r) => ({ ...r, prefectureName: '林芝市', provinceName: '西藏自治区', areaCode: '0894' }) as SampleRegion);

/** What a region catalogue must offer for `--prefecture` / `--all` (the shape of @gongkai/regions). */
export type RegionCatalogue = {
  /** County-level regions of a prefecture (or of a directly-governed municipality). */
  countiesOf(prefectureCode: string): readonly SampleRegion[];
  /** Every county-level region. */
  allCounties(): readonly SampleRegion[];
};

export const BUILT_IN_CATALOGUE: RegionCatalogue = {
  countiesOf: (prefectureCode) => (prefectureCode === '540400' ? LINZHI_COUNTIES : []),
  allCounties: () => LINZHI_COUNTIES,
};

export type RegionSelector = { prefecture?: string; all?: boolean; regions?: readonly string[] };

/**
 * Turns the CLI's `--prefecture <code>` / `--all` into a region list. Throws a RangeError with a clear
 * message for an unknown prefecture, so the CLI can print it.
 */
export function resolveRegions(selector: RegionSelector, catalogue: RegionCatalogue = BUILT_IN_CATALOGUE): SampleRegion[] {
  if (selector.all) return [...catalogue.allCounties()];
  if (selector.prefecture) {
    const list = catalogue.countiesOf(selector.prefecture);
    if (list.length === 0) throw new RangeError(`no county-level regions known for prefecture ${selector.prefecture}`);

    return [...list];
  }
  if (selector.regions) {
    const all = catalogue.allCounties();
    return selector.regions.map((code) => {
      const found = all.find((r) => r.code === code);
      if (!found) throw new RangeError(`unknown region ${code}`);
      return found;
    });
  }

  return [...LINZHI_COUNTIES];
}
