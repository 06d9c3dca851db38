import { type AssembleBriefingInput } from '../lib/assemble-briefing-pack';

/** Three counties of a made-up prefecture over 2023–2024; 朗县 filed only in 2024 (left out of like-for-like). */
export function briefingInputFixture(overrides: Partial<AssembleBriefingInput> = {}): AssembleBriefingInput {
  const row = (year: number, value: number | null, regionCount: number, excluded: string[] = []) => ({
    year,
    template: null,
    value,
    count: regionCount,
    regionCount,
    likeForLike: { regionCount, excludedRegions: excluded.map((name) => ({ name })) },
  });
  const templates = (year: number) => ({
    year,
    template: 'gb2021',
    value: 3,
    count: 3,
    regionCount: 3,
    likeForLike: null,
  });

  return {
    prefecture: { code: '540400', name: '林芝市' },
    year: 2024,
    dataDate: '数据日期：2026-12-07',
    sample: true,
    headline: [
      {
        metricKey: 't3_new_received_tot',
        fn: 'sum',
        rows: [row(2023, 1200, 2, ['朗县']), row(2024, 1387, 2, ['朗县'])],
        templateRows: [templates(2023), templates(2024)],
      },
      {
        metricKey: 'rate_disclosed',
        fn: 'median',
        rows: [row(2023, 0.4512, 2), row(2024, 0.4987, 2)],
        templateRows: [templates(2023), templates(2024)],
      },
    ],
    ranking: {
      metricKey: 't3_new_received_tot',
      entries: [
        {
          rank: 1,
          previousRank: 2,
          region: { name: '巴宜区' },
          value: '812',
          previousValue: '640',
          state: 'number',
          change: '172',
          changePp: null,
          changePct: 26.875,
          comparability: 'same',
          sample: true,
        },
        {
          rank: 2,
          previousRank: 1,
          region: { name: '工布江达县' },
          value: '575',
          previousValue: '560',
          state: 'number',
          change: '15',
          changePp: null,
          changePct: 2.68,
          comparability: 'same',
          sample: true,
        },
        {
          rank: null,
          previousRank: null,
          region: { name: '墨脱县' },
          value: null,
          previousValue: null,
          state: 'missing',
          change: null,
          changePp: null,
          changePct: null,
          comparability: null,
          sample: false,
        },
      ],
    },
    coverage: [
      {
        region: { code: '540402', name: '巴宜区' },
        year: 2024,
        status: 'filed',
        publication: 'on_time',
        quality: 'passing',
        daysLate: null,
        deadline: '2025-01-31',
        failedRules: [],
        contact: null,
      },
      {
        region: { code: '540421', name: '工布江达县' },
        year: 2024,
        status: 'failing',
        publication: 'late',
        quality: 'failing',
        daysLate: 12,
        deadline: '2025-01-31',
        failedRules: ['T3_BALANCE'],
        contact: {
          issuer: '工布江达县人民政府办公室',
          address: '工布江达县政府路 1 号',
          phones: ['0894-5412345'],
          year: 2024,
        },
      },
      {
        region: { code: '540424', name: '墨脱县' },
        year: 2024,
        status: 'missing',
        publication: 'not_collected',
        quality: 'none',
        daysLate: null,
        deadline: '2025-01-31',
        failedRules: [],
        contact: null,
      },
    ],
    trends: [
      {
        metricKey: 't3_new_received_tot',
        yearFrom: 2022,
        yearTo: 2024,
        series: [
          {
            region: { name: '巴宜区' },
            points: [
              { year: 2022, value: '598' },
              { year: 2023, value: '640' },
              { year: 2024, value: '812' },
            ],
          },
          {
            region: { name: '墨脱县' },
            points: [
              { year: 2022, value: '77' },
              { year: 2023, value: null },
            ],
          },
        ],
      },
    ],
    ...overrides,
  };
}
