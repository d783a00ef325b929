import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { ORGANIZATION_KINDS } from '#domain';
import { IsOptionalIatiOrganizationIdentifier } from '../http/iati.validators.js';
import { IsCalendarDate, IsCountryCode, IsOmittable, NotBlank } from '../http/validators.js';

export class RegisterOrganizationDto {
  @ApiProperty({ example: 'Ministry of Labour, Migration and Population Employment' })
  @IsString() @Length(1, 300) @NotBlank()
  name!: string;

  @ApiProperty({ example: 'MoLMPE', description: 'unique within the country, ignoring case and spacing (409 DUPLICATE_CODE)' })
  @IsString() @Length(1, 30) @NotBlank()
  acronym!: string;

  @ApiProperty({ enum: ORGANIZATION_KINDS })
  @IsIn(ORGANIZATION_KINDS as readonly string[])
  kind!: (typeof ORGANIZATION_KINDS)[number];

  @ApiProperty({ example: 'TJ', description: 'ISO 3166-1 alpha-2' })
  @IsCountryCode()
  country!: string;

  @IsOptionalIatiOrganizationIdentifier()
  iatiIdentifier?: string;

  @ApiProperty({ required: false, example: '2015-01-15' })
  @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}
