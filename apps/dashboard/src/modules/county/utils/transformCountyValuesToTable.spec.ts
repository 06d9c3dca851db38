import { transformCountyValuesToTable, type CountyReportValues } from './transformCountyValuesToTable';

const report = (id: string, year: number, code: string, kind: string, values: CountyReportValues['values']): CountyReportValues => ({
  id,
  year,
  template: year >= 2021 ? 'gb2021' : 'gb2019',
  region: { code },
  issuer: { kind },
  values,
});

describe('transformCountyValuesToTable', () => {
  it('is empty without reports', () => {
    expect(transformCountyValuesToTable([], '540402')).toEqual({ years: [], reportIds: [], rows: [] });
  });

  it("uses the county government's own report per year and lists metrics in catalogue order", () => {
    const table = transformCountyValuesToTable(
      [
        report('dept', 2021, '540402', 'department', [{ key: 't3_new_received_tot', value: '99', state: 'number', raw: '99' }]),
        report('gov21', 2021, '540402', 'gov', [
          { key: 'rate_disclosed', value: '0.5', state: 'derived', raw: '' },
          { key: 't3_new_received_tot', value: '12', state: 'number', raw: '12' },
        ]),
        report('gov20', 2020, '540402', 'gov', [{ key: 't3_new_received_tot', value: null, state: 'blank', raw: '' }]),
      ],
      '540402',
    );
    expect(table.years).toEqual([2020, 2021]);
    expect(table.reportIds).toEqual(['gov20', 'gov21']);
    expect(table.rows.map((r) => r.key)).toEqual(['t3_new_received_tot', 'rate_disclosed']);
    expect(table.rows[0].cells.map((c) => c?.state)).toEqual(['blank', 'number']);
    expect(table.rows[0].cells[1]?.value).toBe('12');
    expect(table.rows[1].cells[0]).toBeNull();
  });
});
