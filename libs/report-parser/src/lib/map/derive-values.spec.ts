import { type ParsedValue } from '../model/parsed-report';
import { completeValues } from './derive-values';

const printed = (key: string, value: string): [string, ParsedValue] => [key, { key, value, state: 'number', raw: value, flags: [], provenance: null }];

describe('completeValues: rates', () => {
  it('gives a rate whose denominator is 0 the state undefined (value null), never derived or 0', () => {
    const values = completeValues(new Map([printed('t4_review_total', '0'), printed('t4_review_corrected', '0')]), 'gb2021');
    expect(values.get('rate_review_corrected')).toMatchObject({ value: null, state: 'undefined' });
  });

  it('computes the rate when the denominator is known and not 0', () => {
    const values = completeValues(new Map([printed('t4_review_total', '4'), printed('t4_review_corrected', '1')]), 'gb2021');
    expect(values.get('rate_review_corrected')).toMatchObject({ value: '0.25', state: 'derived' });
  });

  it('leaves a rate with an unknown (blank) denominator derived and unknown: a gap, not undefined', () => {
    const values = completeValues(new Map([printed('t4_review_corrected', '1')]), 'gb2021');
    expect(values.get('t4_review_total')?.state).toBe('blank');
    expect(values.get('rate_review_corrected')).toMatchObject({ value: null, state: 'derived' });
  });
});
