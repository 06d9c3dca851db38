import { type FixtureAlias, type FixtureRegion, type FixtureReport } from './read-side-fixtures';

/**
 * A small province with known numbers (fictional codes 99xxxx, never in GB/T 2260). 998801 is a county-level
 * new area under 甲市 whose code does not start with 9901: prefix logic would miss it, the parent chain does not.
 * 990104 was recoded from 990199 and renamed from 甲旧县.
 */
export const REGIONS: FixtureRegion[] = [
  { code: '990000', name: '测试省', level: 'province', parentCode: null, path: '测试省' },
  { code: '990100', name: '甲市', level: 'prefecture', parentCode: '990000', path: '测试省 甲市' },
  { code: '990101', name: '甲一县', level: 'county', parentCode: '990100', path: '测试省 甲市 甲一县' },
  { code: '990102', name: '甲二县', level: 'county', parentCode: '990100', path: '测试省 甲市 甲二县' },
  { code: '990103', name: '甲三县', level: 'county', parentCode: '990100', path: '测试省 甲市 甲三县' },
  { code: '990104', name: '甲四县', level: 'county', parentCode: '990100', path: '测试省 甲市 甲四县' },
  { code: '998801', name: '甲市新区', level: 'county', parentCode: '990100', path: '测试省 甲市 甲市新区' },
  { code: '990200', name: '乙市', level: 'prefecture', parentCode: '990000', path: '测试省 乙市' },
  { code: '990201', name: '乙一县', level: 'county', parentCode: '990200', path: '测试省 乙市 乙一县' },
];

export const ALIASES: FixtureAlias[] = [
  { regionCode: '990104', alias: '990199', kind: 'code', validTo: 2019 },
  { regionCode: '990104', alias: '甲旧县', kind: 'name', validTo: 2019 },
];

const derived = (value: string) => ({ value, state: 'derived' as const });

export const REPORTS: FixtureReport[] = [
  // 甲一县: a full run across the template change, with a superseded 2021 version.
  {
    key: 'A101_2019',
    regionCode: '990101',
    issuerName: '甲一县人民政府',
    issuerKind: 'gov',
    year: 2019,
    template: 'gb2019',
    publishedOn: '2020-03-20',
    values: { t3_new_received_tot: '10', t2_nd_new_made: '5', h_nd_made: derived('5'), t2_procure_amount_yuan: '1000.50', rate_disclosed: derived('0.5') },
  },
  {
    key: 'A101_2020',
    regionCode: '990101',
    issuerName: '甲一县人民政府',
    issuerKind: 'gov',
    year: 2020,
    template: 'gb2019',
    publishedOn: '2021-03-15',
    values: { t3_new_received_tot: '12', t2_nd_new_made: '7', h_nd_made: derived('7'), t2_procure_amount_yuan: '2000', rate_disclosed: derived('0.5') },
  },
  {
    key: 'A101_2021_old',
    regionCode: '990101',
    issuerName: '甲一县人民政府',
    issuerKind: 'gov',
    year: 2021,
    template: 'gb2021',
    status: 'superseded',
    ingestedAt: '2026-01-01T00:00:00Z',
    publishedOn: '2022-03-01',
    values: { t3_new_received_tot: '99' },
  },
  {
    key: 'A101_2021',
    regionCode: '990101',
    issuerName: '甲一县人民政府',
    issuerKind: 'gov',
    year: 2021,
    template: 'gb2021',
    ingestedAt: '2026-02-01T00:00:00Z',
    publishedOn: '2022-04-10',
    values: { t3_new_received_tot: '15', t2_nd_issued: '4', h_nd_made: derived('4'), t2_fee_amount_yuan: '300', rate_disclosed: derived('0.6') },
  },
  {
    key: 'A101_2022',
    regionCode: '990101',
    issuerName: '甲一县人民政府',
    issuerKind: 'gov',
    year: 2022,
    template: 'gb2021',
    publishedOn: '2023-03-01',
    values: { t3_new_received_tot: '15', t2_nd_issued: '6', h_nd_made: derived('6'), t2_fee_amount_yuan: '450.25', rate_disclosed: derived('0.6') },
  },
  // 甲二县: failing checks; a blank value in 2021 (a gap, not a zero).
  {
    key: 'A102_2020',
    regionCode: '990102',
    issuerName: '甲二县人民政府',
    issuerKind: 'gov',
    year: 2020,
    template: 'gb2019',
    publishedOn: '2021-03-31',
    values: { t3_new_received_tot: '20' },
    issues: [
      // One problem failing in both modes, one only when blanks read as 0 (not a failed rule).
      { rule: 'T3_BALANCE', severity: 'ERROR', modes: ['strict', 'lenient'] },
      { rule: 'T3_ROW_TOTAL', severity: 'ERROR', modes: ['lenient'] },
      { rule: 'TXT_T3_NARRATIVE', severity: 'INFO', modes: ['strict', 'lenient'] },
    ],
  },
  {
    key: 'A102_2021',
    regionCode: '990102',
    issuerName: '甲二县人民政府',
    issuerKind: 'gov',
    year: 2021,
    template: 'gb2021',
    publishedOn: null,
    values: { t3_new_received_tot: null },
    issues: [
      { rule: 'META_SIX_SECTIONS', severity: 'WARN', modes: ['strict', 'lenient'] },
      { rule: 'XY_T3_CARRY', severity: 'WARN', modes: ['strict', 'lenient'], scope: 'cross_year' },
    ],
  },
  // 甲三县: in 2020 only a department reported (it never stands in for the county).
  {
    key: 'A103_dept_2020',
    regionCode: '990103',
    issuerName: '甲三县财政局',
    issuerKind: 'department',
    year: 2020,
    template: 'gb2019',
    publishedOn: '2021-01-20',
    values: { t3_new_received_tot: '3' },
  },
  {
    key: 'A103_2021',
    regionCode: '990103',
    issuerName: '甲三县人民政府',
    issuerKind: 'gov',
    year: 2021,
    template: 'gb2021',
    publishedOn: '2022-03-31',
    values: { t3_new_received_tot: '15' },
  },
  {
    key: 'A103_dept_2021',
    regionCode: '990103',
    issuerName: '甲三县财政局',
    issuerKind: 'department',
    year: 2021,
    template: 'gb2021',
    publishedOn: '2022-02-05',
    values: { t3_new_received_tot: '4' },
  },
  // 甲四县: the office reported in 2020; in 2021 both government and office did (the government stands for the county).
  {
    key: 'A104_2020',
    regionCode: '990104',
    issuerName: '甲四县人民政府办公室',
    issuerKind: 'gov_office',
    year: 2020,
    template: 'gb2019',
    publishedOn: '2021-02-01',
    values: { t3_new_received_tot: '25' },
  },
  {
    key: 'A104_2021',
    regionCode: '990104',
    issuerName: '甲四县人民政府',
    issuerKind: 'gov',
    year: 2021,
    template: 'gb2021',
    publishedOn: '2022-03-01',
    values: { t3_new_received_tot: '30' },
  },
  {
    key: 'A104_office_2021',
    regionCode: '990104',
    issuerName: '甲四县人民政府办公室',
    issuerKind: 'gov_office',
    year: 2021,
    template: 'gb2021',
    publishedOn: '2022-03-02',
    values: { t3_new_received_tot: '31' },
  },
  {
    key: 'N801_2021',
    regionCode: '998801',
    issuerName: '甲市新区管理委员会',
    issuerKind: 'zone',
    year: 2021,
    template: 'gb2021',
    publishedOn: '2022-03-30',
    values: { t3_new_received_tot: '8' },
  },
  {
    key: 'B201_2021',
    regionCode: '990201',
    issuerName: '乙一县人民政府',
    issuerKind: 'gov',
    year: 2021,
    template: 'gb2021',
    publishedOn: '2022-03-01',
    sampleData: true,
    values: { t3_new_received_tot: '50' },
  },
];
