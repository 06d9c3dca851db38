import { generateReportSeries, type GenerateSeriesOptions, type SampleRegion, type SampleReport } from '../src';

const NAMES = ['东阳', '西川', '南岭', '北屯', '青河', '白石', '红山', '金沙', '玉田', '长宁', '安平', '永和', '兴隆', '清水', '云台'];
const SECOND = ['山', '河', '城', '桥', '湾', '林', '港', '岗', '坪', '营', '庄', '口', '关', '堡', '溪', '岭', '塘', '滩', '峪', '源'];
const KINDS: SampleRegion['kind'][] = ['county', 'county', 'county', 'district', 'city', 'autonomous_county'];
const SUFFIX: Record<SampleRegion['kind'], string> = {
  county: '县',
  district: '区',
  city: '市',
  autonomous_county: '自治县',
  banner: '旗',
  other: '县',
};

/** Synthetic county-level regions for tests (codes in an unused range; names made up). */
export function testRegions(count: number): SampleRegion[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % KINDS.length] as SampleRegion['kind'];
    // Only simplified characters (a 繁體 sample must convert back to exactly this name).
    const second = i >= NAMES.length ? (SECOND[Math.floor(i / NAMES.length) % SECOND.length] as string) : '';
    const name = `${NAMES[i % NAMES.length]}${second}${SUFFIX[kind]}`;
    return {
      code: String(990100 + i),
      name,
      prefectureName: '样例市',
      provinceName: '样例省',
      kind,
      postcode: String(100000 + i * 7),
      areaCode: '0999',
    };
  });
}

export const ALL_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];

/** About `count` samples (whole series of 7 years per region), fixed seed. */
export function manySamples(count: number, seed: number | string, extra: Partial<GenerateSeriesOptions> = {}): SampleReport[] {
  const regions = testRegions(Math.ceil(count / ALL_YEARS.length));
  const out: SampleReport[] = [];
  for (const region of regions) out.push(...generateReportSeries({ region, years: ALL_YEARS, seed, ...extra }));

  return out.slice(0, count);
}
