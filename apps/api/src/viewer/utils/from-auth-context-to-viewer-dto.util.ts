import { type AuthContext } from '../../auth/types/auth-context.type';
import { ViewerDto } from '../dtos/viewer.dto';

/** Only what the dashboard needs: never the token id. */
export function fromAuthContextToViewerDto(auth: AuthContext): ViewerDto {
  return Object.assign(new ViewerDto(), { role: auth.role, regionCode: auth.regionCode, authenticated: auth.authenticated });
}
