import { registerEnumType } from '@nestjs/graphql';

export type Role = 'admin' | 'editor' | 'viewer';

export const RoleEnum: { [K in Role]: K } = { admin: 'admin', editor: 'editor', viewer: 'viewer' };

registerEnumType(RoleEnum, { name: 'Role' });
