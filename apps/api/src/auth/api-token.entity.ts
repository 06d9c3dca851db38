import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique } from 'typeorm';

import { type Role } from '@gongkai/database';

export { ROLES, type Role } from '@gongkai/database';

/** A bearer token. Only the sha-256 of the secret is stored; the secret is printed once at creation. */
@Entity({ name: 'api_token' })
@Unique('UQ_api_token_token_hash', ['tokenHash'])
export class ApiToken {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'enum', enum: ['admin', 'editor', 'viewer'], enumName: 'role_enum' })
  role!: Role;

  /** Editors may write only inside this region's subtree. */
  @Column({ name: 'region_code', type: 'varchar', length: 6, nullable: true })
  regionCode!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
