import { filterOptions } from './SelectField';

const OPTIONS = [
  { value: '', label: '请选择' },
  { value: '540400', label: '西藏自治区 林芝市' },
  { value: '350100', label: '福建省 福州市' },
  { value: '320800', label: '江苏省 淮安市' },
];

describe('filterOptions', () => {
  it('keeps every option without text', () => {
    expect(filterOptions(OPTIONS, '  ', '540400').shown).toHaveLength(4);
  });

  it('matches label, code or group, case-insensitive, and keeps the selected option listed', () => {
    const { matching, shown } = filterOptions(OPTIONS, '福建', '540400');
    expect(matching.map((o) => o.value)).toEqual(['350100']);
    expect(shown.map((o) => o.value)).toEqual(['540400', '350100']);
    expect(filterOptions(OPTIONS, '3208', '').matching.map((o) => o.value)).toEqual(['320800']);
    expect(filterOptions([{ value: 'k', label: 'Penalty', group: 'Table 2' }], 'table 2', '').matching).toHaveLength(1);
  });

  it('never offers the empty placeholder as a match', () => {
    expect(filterOptions(OPTIONS, '请', '').matching).toEqual([]);
  });
});
