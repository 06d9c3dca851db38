import { computePublicationDeadline } from './compute-publication-deadline.util';

describe('computePublicationDeadline', () => {
  it('gives governments until 31 March of the next year', () => {
    expect(computePublicationDeadline(2021, 'gov')).toBe('2022-03-31');
    expect(computePublicationDeadline(2020, 'gov_office')).toBe('2021-03-31');
  });

  it('gives departments and public institutions until 31 January of the next year', () => {
    expect(computePublicationDeadline(2021, 'department')).toBe('2022-01-31');
    expect(computePublicationDeadline(2019, 'institution')).toBe('2020-01-31');
  });

  it('uses the later deadline where the law is unclear (zones, townships, other)', () => {
    expect(computePublicationDeadline(2021, 'zone')).toBe('2022-03-31');
    expect(computePublicationDeadline(2021, 'township')).toBe('2022-03-31');
    expect(computePublicationDeadline(2021, 'other')).toBe('2022-03-31');
  });
});
