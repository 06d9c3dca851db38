import { registerEnumType } from '@nestjs/graphql';

export type Role = 'admin' | 'editor' | 'viewer';

export const RoleEnum: { [K in Role]: K } = { admin: 'admin', editor: 'editor', viewer: 'viewer' };

registerEnumType(RoleEnum, { name: 'Role', description: 'What a token may do.',
  valuesMap: {
    admin: { description: 'Everything, including tokens and removing sample data' },
    editor: { description: 'Upload, delete and fix reports within its region subtree' },
    viewer: { description: 'Read only (where reads need a token)' },
  },
});
