import { SetMetadata } from '@nestjs/common';

import { type Role } from '../api-token.entity';

export const ROLES_KEY = 'gongkai:roles';

/** Only tokens with one of these roles pass. Writes (mutations, non-GET REST) default to admin and editor. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);
