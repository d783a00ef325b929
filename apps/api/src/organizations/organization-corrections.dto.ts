import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { ORGANIZATION_KINDS } from '#domain';
import { IsOptionalIatiOrganizationIdentifier } from '../http/iati.validators.js';
import { IsCorrectionReason } from '../http/reason.validator.js';
import { IsCalendarDate, IsCountryCode, IsOmittable, NotBlank } from '../http/validators.js';

/** Corrects what was registered by mistake: the fields given replace the current ones, null removes `iatiIdentifier`; at least one. */
export class AmendOrganizationDto {
  @ApiProperty({ required: false, example: 'Migration Service' }) @IsOmittable() @IsString() @Length(1, 300) @NotBlank()
  name?: string;

  @ApiProperty({ required: false, example: 'MS', description: 'unique within the country (409 DUPLICATE_CODE); the reservation moves' })
  @IsOmittable() @IsString() @Length(1, 30) @NotBlank()
  acronym?: string;

  @ApiProperty({ required: false, enum: ORGANIZATION_KINDS }) @IsOmittable() @IsIn(ORGANIZATION_KINDS as readonly string[])
  kind?: (typeof ORGANIZATION_KINDS)[number];

  @ApiProperty({ required: false, example: 'TJ' })
  @IsOmittable() @IsCountryCode()
  country?: string;

  @IsOptionalIatiOrganizationIdentifier(true)
  iatiIdentifier?: string | null;

  @IsCorrectionReason()
  reason!: string;
}

/** A change in the world (a ministry renamed), effective on a date; not a correction. */
export class RenameOrganizationDto {
  @ApiProperty({ example: 'Ministry of Labour, Migration and Employment' }) @IsString() @Length(1, 300) @NotBlank()
  name!: string;

  @ApiProperty({ required: false, description: 'omitted: kept' }) @IsOmittable() @IsString() @Length(1, 30) @NotBlank()
  acronym?: string;

  @ApiProperty({ required: false, example: '2016-05-01' }) @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}
