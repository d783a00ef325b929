import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length, Matches } from 'class-validator';
import { DAC_PURPOSE_CODES, DEFAULT_DAC_PURPOSE_CODE, IATI_ORGANIZATION_IDENTIFIER, IATI_SAFE_CODE } from '#domain';
import { IsOmittable, IsRemovable, REMOVED_BY_NULL } from './validators.js';

const CODE_USES = {
  activity: { example: '2.3', max: 30, why: "it ends the activity's IATI identifier" },
  plan: { example: 'TJ-DIASPORA-2015-2020', max: 60, why: "it is part of its activities' IATI identifiers" },
  objective: { example: '2', max: 30, why: 'imports and exports name the objective by it' },
} as const;

/**
 * A code that goes into IATI identifiers or names a record in files: only letters, digits, '.', '_' and '-', so
 * no space, slash or invisible character can make two codes look alike or break an identifier (400 naming the field).
 */
export function IsIatiSafeCode(description: string, use: keyof typeof CODE_USES = 'activity', required = true): PropertyDecorator {
  const { example, max, why } = CODE_USES[use];
  return applyDecorators(
    ApiProperty({ example, required, description: `${description}; letters, digits, '.', '_' and '-' only (${why})` }),
    ...(required ? [] : [IsOmittable()]),
    IsString(),
    Length(1, max),
    Matches(IATI_SAFE_CODE, { message: ({ property }) => `${property} may hold only letters, digits, '.', '_' and '-' (no spaces, /, &, ?, |): ${why}` }),
  );
}

/** Optional DAC 5-digit purpose code from the committed codelist; with `whenRemoved` (a correction), null removes it and that is what applies then. */
export function IsOptionalSectorCode(description: string, whenRemoved?: string): PropertyDecorator {
  const removable = whenRemoved !== undefined;
  const removal = removable ? `; ${REMOVED_BY_NULL} (${whenRemoved})` : '';
  return applyDecorators(
    ApiProperty({ required: false, example: DEFAULT_DAC_PURPOSE_CODE, description: `${description}: a DAC 5-digit purpose code (IATI sector vocabulary 1)${removal}`, ...(removable && { type: String, nullable: true }) }),
    removable ? IsRemovable() : IsOmittable(),
    IsIn(Object.keys(DAC_PURPOSE_CODES), { message: ({ property }) => `${property} must be a DAC 5-digit purpose code of the service's list, such as ${DEFAULT_DAC_PURPOSE_CODE}` }),
  );
}

/** Optional IATI organisation identifier: a registration agency's prefix, then the organisation's id; `removable` (a correction): null removes it. */
export function IsOptionalIatiOrganizationIdentifier(removable = false): PropertyDecorator {
  const removal = removable ? `; ${REMOVED_BY_NULL} (exports then name the organisation without a ref)` : '';
  return applyDecorators(
    ApiProperty({ required: false, example: 'XM-DAC-41114', description: `IATI organisation identifier (agency prefix, then the id): the ref in IATI exports${removal}`, ...(removable && { type: String, nullable: true }) }),
    removable ? IsRemovable() : IsOmittable(),
    IsString(),
    Matches(IATI_ORGANIZATION_IDENTIFIER, { message: 'iatiIdentifier must be an IATI organisation identifier such as XM-DAC-41114 or XI-IATI-EC_INTPA' }),
  );
}
