import { readReportFilter, readReportOrder } from './readReportFilter';

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
  it('is the year order unless the URL asks for the most recently stored first', () => {
    expect(readReportOrder({})).toBe('year_desc');
    expect(readReportOrder({ sort: 'ingested' })).toBe('ingested_desc');
    expect(readReportOrder({ sort: 'name' })).toBe('year_desc');
  });
});
