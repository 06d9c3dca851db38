import { nextReportOrder, readPageSize, readReportFilter, readReportOrder } from './readReportFilter';

describe('readReportFilter', () => {
  it('is empty for no parameters (every current report)', () => {
    expect(readReportFilter({})).toEqual({});
  });

  it('reads region, years, issuer, status and template from the URL', () => {
    expect(readReportFilter({ region: '540400', from: '2021', to: '2024', issuer: ' 工布 ', status: 'superseded', template: 'gb2021' })).toEqual({
      regionCode: '540400',
      yearFrom: 2021,
      yearTo: 2024,
      issuer: '工布',
      status: 'superseded',
      template: 'gb2021',
    });
  });

  it('reads the check result: failing or passing reports', () => {
    expect(readReportFilter({ failing: 'true' })).toEqual({ hasFailedRules: true });
    expect(readReportFilter({ failing: 'false' })).toEqual({ hasFailedRules: false });
    expect(readReportFilter({ failing: 'yes' })).toEqual({});
  });

  it('swaps a reversed year range', () => {
    expect(readReportFilter({ from: '2025', to: '2020' })).toEqual({ yearFrom: 2020, yearTo: 2025 });
  });

  it('leaves out values the api would refuse', () => {
    expect(readReportFilter({ region: '5404', from: '202', to: 'x', status: 'deleted', template: 'gb2030', issuer: '   ' })).toEqual({});
  });

  it('cuts an issuer search to 100 characters', () => {
    expect(readReportFilter({ issuer: '县'.repeat(150) }).issuer).toHaveLength(100);
  });
});

describe('readReportOrder', () => {
  it('is the year order unless the URL names another order of the api', () => {
    expect(readReportOrder({})).toBe('year_desc');
    expect(readReportOrder({ sort: 'issuer_asc' })).toBe('issuer_asc');
    expect(readReportOrder({ sort: 'quality_desc' })).toBe('quality_desc');
    expect(readReportOrder({ sort: 'name' })).toBe('year_desc');
  });

  it('still reads the older link form sort=ingested as most recently stored first', () => {
    expect(readReportOrder({ sort: 'ingested' })).toBe('ingested_desc');
  });
});

describe('nextReportOrder', () => {
  it('flips the direction of the column sorted now', () => {
    expect(nextReportOrder('year_desc', 'year')).toBe('year_asc');
    expect(nextReportOrder('findings_asc', 'findings')).toBe('findings_desc');
  });

  it("starts another column in its usual direction: names A to Z, the others newest, most or worst first", () => {
    expect(nextReportOrder('year_desc', 'issuer')).toBe('issuer_asc');
    expect(nextReportOrder('issuer_asc', 'quality')).toBe('quality_desc');
    expect(nextReportOrder('quality_desc', 'ingested')).toBe('ingested_desc');
  });
});

describe('readReportFilter quality', () => {
  it('reads passing, failing and needs_review and leaves out anything else', () => {
    expect(readReportFilter({ quality: 'needs_review' })).toEqual({ quality: 'needs_review' });
    expect(readReportFilter({ quality: 'failing', failing: 'true' })).toEqual({ quality: 'failing', hasFailedRules: true });
    expect(readReportFilter({ quality: 'none' })).toEqual({});
  });
});

describe('readPageSize', () => {
  it('is 50 unless the URL names one of the offered sizes', () => {
    expect(readPageSize({})).toBe(50);
    expect(readPageSize({ size: '10' })).toBe(10);
    expect(readPageSize({ size: '100' })).toBe(100);
    expect(readPageSize({ size: '1000' })).toBe(50);
  });
});
