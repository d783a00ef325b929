import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ROLES } from '#platform';

export class CreateTokenDto {
  @ApiProperty({ enum: ROLES, example: 'agency' })
  @IsIn(ROLES as readonly string[])
  role!: string;

  @ApiPropertyOptional({ description: 'required for agency and donor tokens: an existing organization', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiProperty({ example: 'IOM focal point' })
  @IsString()
  @Length(1, 200)
  displayName!: string;
}
