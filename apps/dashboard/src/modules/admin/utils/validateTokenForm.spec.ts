import { validateTokenForm } from './validateTokenForm';

describe('validateTokenForm', () => {
  it('asks an editor token for its region', () => {
    expect(validateTokenForm({ role: 'editor', regionCode: ' ' })).toBe('tokenRegionRequired');
  });

  it('refuses a region code that is not six digits', () => {
    expect(validateTokenForm({ role: 'editor', regionCode: '5404' })).toBe('tokenRegionInvalid');
    expect(validateTokenForm({ role: 'viewer', regionCode: 'abcdef' })).toBe('tokenRegionInvalid');
  });

  it('accepts admin and viewer tokens without a region and an editor with one', () => {
    expect(validateTokenForm({ role: 'admin', regionCode: '' })).toBeNull();
    expect(validateTokenForm({ role: 'viewer', regionCode: '' })).toBeNull();
    expect(validateTokenForm({ role: 'editor', regionCode: '540400' })).toBeNull();
  });
});
