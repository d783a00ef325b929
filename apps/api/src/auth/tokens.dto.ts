import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { ROLES } from '#platform';
import { IsOmittable, NotBlank } from '../http/validators.js';

export class CreateTokenDto {
  @ApiProperty({ enum: ROLES, example: 'agency' })
  @IsIn(ROLES as readonly string[])
  role!: string;

  @ApiPropertyOptional({ description: 'required for agency and donor tokens: an existing organization', format: 'uuid' })
  @IsOmittable()
  @IsUUID()
  organizationId?: string;

  @ApiProperty({ example: 'IOM focal point' })
  @IsString()
  @Length(1, 200)
  @NotBlank()
  displayName!: string;
}
