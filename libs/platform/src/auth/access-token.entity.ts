import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from './roles.js';

/** A bearer token. Only the SHA-256 of the secret is stored; the secret is shown once, at creation. */
@Entity({ name: 'access_tokens' })
export class AccessTokenRow {
  @PrimaryColumn('uuid')
  id!: string;

  /** Hex SHA-256 of the whole secret (prefix included). */
  @Column('char', { name: 'token_hash', length: 64 })
  tokenHash!: string;

  @Column('text')
  role!: Role;

  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId!: string | null;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  /** The user the token belongs to; null for a token issued before users existed, until attributed at start. */
  @Column('uuid', { name: 'user_id', nullable: true })
  userId!: string | null;

  @Column('timestamptz', { name: 'expires_at', nullable: true })
  expiresAt!: Date | null;
}
