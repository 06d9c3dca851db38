export type TokenRole = 'admin' | 'editor' | 'viewer';

export type TokenFormProblem = 'tokenRegionRequired' | 'tokenRegionInvalid' | null;

/** What the api would refuse, said before sending: an editor writes within one region's subtree, so needs a code. */
export function validateTokenForm({ role, regionCode }: { role: TokenRole; regionCode: string }): TokenFormProblem {
  const code = regionCode.trim();
  if (role === 'editor' && code === '') return 'tokenRegionRequired';
  if (code !== '' && !/^\d{6}$/.test(code)) return 'tokenRegionInvalid';

  return null;
}
