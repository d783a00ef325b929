import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { DAC_PURPOSE_CODES, DEFAULT_DAC_PURPOSE_CODE, IATI_ORGANIZATION_IDENTIFIER, IATI_SAFE_CODE } from '#domain';
import { IsOmittable } from './validators.js';

/** An activity code: it ends the activity's IATI identifier, so only letters, digits, '.', '_' and '-' (400 naming the field). */
export function IsIatiSafeCode(description: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ example: '2.3', description: `${description}; letters, digits, '.', '_' and '-' only (it ends the activity's IATI identifier)` }),
    IsString(),
    Length(1, 30),
    Matches(IATI_SAFE_CODE, { message: ({ property }) => `${property} may hold only letters, digits, '.', '_' and '-' (no spaces, /, &, ?, |): it ends the activity's IATI identifier` }),
  );
}

/** Optional DAC 5-digit purpose code from the committed codelist. */
export function IsOptionalSectorCode(description: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ required: false, example: DEFAULT_DAC_PURPOSE_CODE, description: `${description}: a DAC 5-digit purpose code (IATI sector vocabulary 1)` }),
    IsOmittable(),
    IsIn(Object.keys(DAC_PURPOSE_CODES), { message: ({ property }) => `${property} must be a DAC 5-digit purpose code of the service's list, such as ${DEFAULT_DAC_PURPOSE_CODE}` }),
  );
}

/** Optional IATI organisation identifier: a registration agency's prefix, then the organisation's id. */
export function IsOptionalIatiOrganizationIdentifier(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ required: false, example: 'XM-DAC-41114', description: 'IATI organisation identifier (agency prefix, then the id): the ref in IATI exports' }),
    IsOmittable(),
    IsString(),
    Matches(IATI_ORGANIZATION_IDENTIFIER, { message: 'iatiIdentifier must be an IATI organisation identifier such as XM-DAC-41114 or XI-IATI-EC_INTPA' }),
  );
}
