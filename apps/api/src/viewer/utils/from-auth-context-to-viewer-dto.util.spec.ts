import { ANONYMOUS } from '../../auth/types/auth-context.type';
import { fromAuthContextToViewerDto } from './from-auth-context-to-viewer-dto.util';

describe('fromAuthContextToViewerDto', () => {
  it('maps an anonymous caller to an unauthenticated viewer without role or region', () => {
    expect({ ...fromAuthContextToViewerDto(ANONYMOUS) }).toEqual({ role: null, regionCode: null, authenticated: false });
  });

  it('keeps role and region scope of a token but never its id', () => {
    const viewer = fromAuthContextToViewerDto({ authenticated: true, tokenId: 'secret-id', role: 'editor', regionCode: '540000' });

    expect({ ...viewer }).toEqual({ role: 'editor', regionCode: '540000', authenticated: true });
  });
});
