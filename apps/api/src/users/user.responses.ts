import { ApiProperty } from '@nestjs/swagger';
import { USER_LANGUAGES, USER_ROLES, type UserLanguage, type UserRole } from '#domain';

type UserStatus = 'invited' | 'active' | 'disabled';

/** A user as read (application's UserView); no secret is ever in it. */
export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true })
  email!: string | null;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ enum: USER_ROLES, enumName: 'UserRole' })
  role!: UserRole;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  organizationId!: string | null;

  @ApiProperty({ enum: USER_LANGUAGES, enumName: 'UserLanguage' })
  language!: UserLanguage;

  @ApiProperty({ enum: ['invited', 'active', 'disabled'], enumName: 'UserStatus' })
  status!: UserStatus;

  @ApiProperty({ description: 'the user record\'s revision: the ETag, for If-Match on the next change' })
  revision!: number;
}

/** A user as an admin reads it, with the state of its sign-in lock. */
export class ManagedUserDto extends UserDto {
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'until when signing in with this e-mail is locked after repeated failures (POST /users/:id/unlock lifts it); null when it is not' })
  lockedUntil!: string | null;
}

export class UserListDto {
  @ApiProperty({ type: [ManagedUserDto] })
  items!: ManagedUserDto[];
}

export class UnlockedDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: [true] })
  unlocked!: true;
}

/** An access token as listed (platform's AccessTokenInfo): never its secret. */
export class AccessTokenDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: USER_ROLES, enumName: 'UserRole' })
  role!: UserRole;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  organizationId!: string | null;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  revokedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'the user it belongs to (null: issued before users existed)' })
  userId!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  expiresAt!: string | null;
}

/** A token just created: the secret is in this answer and nowhere else. */
export class NewAccessTokenDto extends AccessTokenDto {
  @ApiProperty({ description: 'the bearer secret, shown once' })
  token!: string;
}

export class AccessTokenListDto {
  @ApiProperty({ type: [AccessTokenDto] })
  items!: AccessTokenDto[];
}
