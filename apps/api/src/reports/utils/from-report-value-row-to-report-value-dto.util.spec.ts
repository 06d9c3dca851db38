import { fromReportValueRowToReportValueDto } from './from-report-value-row-to-report-value-dto.util';

describe('fromReportValueRowToReportValueDto', () => {
  it('keeps blank and zero apart and maps provenance', () => {
    const blank = fromReportValueRowToReportValueDto({
      report_id: 'r',
      metric_key: 't3_granted_np',
      value: null,
      state: 'blank',
      raw: '',
      printed_unit: null,
      flags: [],
      provenance: { table: 't3', rowLabel: '（一）予以公开', columnLabel: '自然人', tableIndex: 2, row: 5, col: 1 },
      derived_from: null,
    });
    const zero = fromReportValueRowToReportValueDto({
      report_id: 'r',
      metric_key: 't3_granted_com',
      value: '0',
      state: 'number',
      raw: '0',
      printed_unit: null,
      flags: [],
      provenance: null,
      derived_from: null,
    });

    expect(blank).toMatchObject({ key: 't3_granted_np', value: null, state: 'blank', raw: '' });
    expect({ ...blank.provenance }).toEqual({ table: 't3', rowLabel: '（一）予以公开', columnLabel: '自然人', tableIndex: 2, row: 5, col: 1, page: null });
    expect(zero).toMatchObject({ value: '0', state: 'number', provenance: null });
  });
});
