import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, IsUUID, Length } from 'class-validator';
import { USER_LANGUAGES, USER_ROLES } from '#domain';
import { IsFutureMoment, IsOmittable, IsTimestamp, NotBlank } from '../http/validators.js';
import { IsReason } from '../http/reason.validator.js';

export class InviteUserDto {
  @ApiProperty({ example: 'clerk@example.org' })
  @IsEmail()
  @Length(3, 320)
  email!: string;

  @ApiProperty({ example: 'Dilnoza Karimova' })
  @IsString()
  @Length(1, 200)
  @NotBlank()
  displayName!: string;

  @ApiProperty({ enum: USER_ROLES })
  @IsIn(USER_ROLES as readonly string[])
  role!: (typeof USER_ROLES)[number];

  @ApiPropertyOptional({ description: 'required for agency and donor users', format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ enum: USER_LANGUAGES, default: 'en' })
  @IsOmittable()
  @IsIn(USER_LANGUAGES as readonly string[])
  language?: (typeof USER_LANGUAGES)[number];

  @ApiPropertyOptional()
  @IsOmittable()
  @IsReason()
  reason?: string;
}

export class ReasonDto {
  @ApiProperty({ example: 'left the ministry' })
  @IsReason()
  reason!: string;
}

export class ReinviteDto {
  @ApiPropertyOptional({ example: 'the first mail was lost' })
  @IsOmittable()
  @IsReason()
  reason?: string;
}

/** Revoking a token of one's own: why may be said, never with a blank reason. */
export class RevokeOwnTokenDto {
  @ApiPropertyOptional({ example: 'the script was retired' })
  @IsOmittable()
  @IsReason()
  reason?: string;
}

export class ChangeRoleDto extends ReasonDto {
  @ApiProperty({ enum: USER_ROLES })
  @IsIn(USER_ROLES as readonly string[])
  role!: (typeof USER_ROLES)[number];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  organizationId?: string;
}

export class ChangeOrganizationDto extends ReasonDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organizationId!: string;
}

export class IssueUserTokenDto {
  @ApiProperty({ example: 'monthly report script' })
  @IsString()
  @Length(1, 200)
  @NotBlank()
  displayName!: string;

  @ApiPropertyOptional({ enum: USER_ROLES, description: "the user's own role by default; only an admin's token may carry another" })
  @IsOmittable()
  @IsIn(USER_ROLES as readonly string[])
  role?: (typeof USER_ROLES)[number];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ example: '2027-06-30T00:00:00Z' })
  @IsOmittable()
  @IsTimestamp()
  @IsFutureMoment()
  expiresAt?: string;

  @ApiPropertyOptional()
  @IsOmittable()
  @IsReason()
  reason?: string;
}
