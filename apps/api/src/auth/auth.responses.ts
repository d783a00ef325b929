import { ApiProperty } from '@nestjs/swagger';
import { USER_LANGUAGES, USER_ROLES, type UserLanguage, type UserRole } from '#domain';
import { UserDto } from '../users/user.responses.js';

/** GET /auth/me: who the caller is. */
export class MeDto {
  @ApiProperty({ type: UserDto, nullable: true, description: 'null for a token not attributed to a user' })
  user!: UserDto | null;

  @ApiProperty({ enum: USER_ROLES, enumName: 'UserRole' })
  role!: UserRole;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  organizationId!: string | null;

  @ApiProperty({ enum: USER_LANGUAGES, enumName: 'UserLanguage' })
  language!: UserLanguage;

  @ApiProperty({ enum: ['session', 'token'] })
  via!: 'session' | 'token';

  @ApiProperty({ required: false, description: 'with a session: send it as X-CSRF-Token on writes' })
  csrfToken?: string;
}

export class SignedInDto {
  @ApiProperty({ type: UserDto })
  user!: UserDto;

  @ApiProperty({ description: 'send it as X-CSRF-Token on writes' })
  csrfToken!: string;
}

export class PasswordSetDto {
  @ApiProperty({ type: UserDto })
  user!: UserDto;
}

/** What a one-time link is for. */
export class PasswordLinkDto {
  @ApiProperty({ enum: ['invitation', 'reset'] })
  purpose!: 'invitation' | 'reset';

  @ApiProperty({ type: String, nullable: true })
  email!: string | null;

  @ApiProperty()
  displayName!: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt!: string;
}

export class MessageDto {
  @ApiProperty()
  message!: string;
}
