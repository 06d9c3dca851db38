import { METRICS, METRICS_BY_KEY, getMetric, metricGaps, reportedMetrics, roundForMetric, roundToUnit, stepComparability, t3Key } from './metric-catalogue';
import { T3_COLUMNS, T3_ROWS } from './template-layout';

describe('metric catalogue', () => {
  it('has unique keys', () => {
    expect(METRICS_BY_KEY.size).toBe(METRICS.length);
  });

  it('counts the numbers each template prints (spec §9.5: 198 for GB2019, 200 for GB2021)', () => {
    expect(reportedMetrics('gb2019')).toHaveLength(198);
    expect(reportedMetrics('gb2021')).toHaveLength(200);
  });

  it('names Table 3 cells t3_{row}_{col} for every row and column of spec §9.3', () => {
    for (const row of T3_ROWS) {
      for (const column of T3_COLUMNS) expect(getMetric(t3Key(row.id, column.id))).toBeDefined();
    }
    expect(getMetric('t3_denied_total_tot')?.formula).toEqual({
      op: 'sum',
      terms: [
        't3_denied_state_secret_tot',
        't3_denied_law_prohibited_tot',
        't3_denied_security_stability_tot',
        't3_denied_third_party_tot',
        't3_denied_internal_affairs_tot',
        't3_denied_process_info_tot',
        't3_denied_enforcement_file_tot',
        't3_denied_admin_query_tot',
      ],
    });
  });

  it('reports other_total in GB2019 and derives it in GB2021', () => {
    const other = getMetric('t3_other_total_np');
    expect(other?.reportedIn).toEqual(['gb2019']);
    expect(other?.derivedIn).toEqual(['gb2021']);
  });

  it('keeps the spec §9.2 Table 2 keys', () => {
    for (const key of ['t2_reg_new_made', 't2_nd_in_force', 't2_license_items_delta', 't2_fee_amount_yuan', 't2_procure_amount_yuan', 't2_othersvc_decisions']) {
      expect(getMetric(key)).toBeDefined();
    }
    expect(getMetric('t2_license_decisions')?.reportedIn).toEqual(['gb2019', 'gb2021']);
    expect(getMetric('t2_license_items_delta')?.signed).toBe(true);
  });

  it('flags comparability across the 2020→2021 change as spec §9.6 says', () => {
    const step = (key: string) => stepComparability(getMetric(key)!, 'gb2019', 'gb2021');
    expect(step('t3_new_received_tot')).toBe('same');
    expect(step('t3_other_total_tot')).toBe('same');
    expect(step('t4_review_total')).toBe('same');
    expect(step('t2_penalty_decisions')).toBe('same');
    expect(step('h_nd_made')).toBe('approximate');
    expect(step('t2_nd_public_total')).toBe('break');
    expect(step('t2_procure_amount_yuan')).toBe('break');
    expect(step('t2_fee_amount_yuan')).toBe('break');
    expect(step('t3_other_misc_tot')).toBe('break');
    expect(stepComparability(getMetric('t2_procure_projects')!, 'gb2019', 'gb2019')).toBe('same');
  });

  it('gives every metric a Chinese and an English label', () => {
    for (const metric of METRICS) {
      expect(metric.labelZh).toMatch(/[\u4e00-\u9fff]/);
      expect(metric.labelEn.length).toBeGreaterThan(2);
    }
  });
});

describe('roundToUnit', () => {
  it('removes float noise from a median of ratios (four places of the fraction = 0.01 %)', () => {
    expect(roundToUnit(0.6650849999999999, 'ratio')).toBe('0.6651');
    expect(roundToUnit(0.5, 'ratio')).toBe('0.5');
  });

  it('keeps a half-way median of counts and rounds money to fen without a double', () => {
    expect(roundToUnit(12.5, 'count')).toBe('12.5');
    expect(roundToUnit('12.25', 'count')).toBe('12.3');
    expect(roundToUnit('-12.25', 'count')).toBe('-12.3');
    expect(roundToUnit('123456789012345678.995', 'yuan')).toBe('123456789012345679');
    expect(roundToUnit('0.004', 'yuan')).toBe('0');
    expect(roundToUnit('-0.004', 'yuan')).toBe('0');
    expect(roundToUnit('99.96', 'count')).toBe('100');
  });

  it('leaves exact values alone and answers null for no value', () => {
    expect(roundToUnit('5797', 'count')).toBe('5797');
    expect(roundToUnit('1.50', 'yuan')).toBe('1.5');
    expect(roundToUnit(null, 'count')).toBeNull();
    expect(roundToUnit('', 'count')).toBeNull();
    expect(roundToUnit(1e-7, 'ratio')).toBe('0');
    expect(roundToUnit(Number.NaN, 'ratio')).toBeNull();
  });

  it('rounds by metric key', () => {
    const ratio = METRICS.find((m) => m.unit === 'ratio');
    expect(ratio).toBeDefined();
    expect(roundForMetric(0.123456, ratio?.key ?? '')).toBe('0.1235');
    expect(roundForMetric(0.123456, 'no_such_metric')).toBe('0.1');
  });
});

describe('metricGaps', () => {
  it('names the GB2021 years in which procurement is not printed', () => {
    expect(metricGaps('t2_procure_amount_yuan', 2019, 2024)).toEqual([{ template: 'gb2021', from: 2021, to: 2024 }]);
    expect(metricGaps('t2_procure_amount_yuan', 2019, 2020)).toEqual([]);
  });

  it('is empty for a metric of both templates and for an unknown key', () => {
    expect(metricGaps('t3_new_received_tot', 2019, 2025)).toEqual([]);
    expect(metricGaps('no_such_metric', 2019, 2025)).toEqual([]);
  });

  it('names the GB2019 years of a metric only GB2021 has', () => {
    const only2021 = METRICS.find((m) => !m.reportedIn.includes('gb2019') && !m.derivedIn.includes('gb2019'));
    expect(only2021).toBeDefined();
    expect(metricGaps(only2021!.key, 2018, 2022)).toEqual([{ template: 'gb2019', from: 2019, to: 2020 }]);
  });
});
