import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsObject, IsString, IsUUID, Length, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { INDICATOR_DIRECTIONS, INDICATOR_TYPES, ROLL_UP_METHODS, type IndicatorDirection, type IndicatorTarget, type IndicatorType, type RollUpMethod } from '#domain';
import { IsCalendarDate, IsOmittable, IsOnOrAfter, NotBlank } from '../http/validators.js';
import { IsIndicatorNumber } from '../http/indicator-number.js';

/** A dimension or category code: what CSV columns and IATI dimension names show. */
export const RESULT_CODE = /^[a-z0-9][a-z0-9_-]{0,39}$/i;
export const RESULT_CODE_MESSAGE = 'must be 1–40 letters, digits, "_" or "-"';

/** A milestone: `{ year, value }`, or `{ periodStart, periodEnd, value }` for a reporting period. */
export class IndicatorTargetDto {
  @ApiProperty({ required: false, example: 2016, description: 'a calendar year inside the plan’s period; or give periodStart and periodEnd' })
  @ValidateIf((t: IndicatorTargetDto) => t.periodStart === undefined && t.periodEnd === undefined) @IsInt()
  year?: number;

  @ApiProperty({ required: false, example: '2016-01-01' }) @ValidateIf((t: IndicatorTargetDto) => t.year === undefined) @IsCalendarDate()
  periodStart?: string;

  @ApiProperty({ required: false, example: '2016-06-30' }) @ValidateIf((t: IndicatorTargetDto) => t.year === undefined) @IsCalendarDate() @IsOnOrAfter('periodStart')
  periodEnd?: string;

  @IsIndicatorNumber({ example: 200 })
  value!: number;
}

export class RollUpDto {
  @ApiProperty({ format: 'uuid', description: 'an objective indicator of the plan' }) @IsUUID()
  objectiveIndicatorId!: string;

  @ApiProperty({ enum: ROLL_UP_METHODS, description: 'sum: the activities’ latest values per period added up; latest: the latest value of any' })
  @IsIn(ROLL_UP_METHODS)
  method!: RollUpMethod;
}

/** The results-framework fields of an indicator (issue 12), on a definition; all optional with defaults. */
export class IndicatorFrameworkDto {
  @ApiProperty({ required: false, enum: INDICATOR_TYPES, default: 'number', description: 'percentage values are 0..100, yes/no values 1 or 0' })
  @IsOmittable() @IsIn(INDICATOR_TYPES)
  type?: IndicatorType;

  @ApiProperty({ required: false, example: '2015-01-01', description: 'when the baseline was measured' }) @IsOmittable() @IsCalendarDate()
  baselineDate?: string;

  @ApiProperty({ required: false, type: [IndicatorTargetDto], description: 'milestones per year or per reporting period, inside the plan’s period' })
  @IsOmittable() @IsArray() @ArrayMaxSize(100) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => IndicatorTargetDto)
  targets?: IndicatorTargetDto[];

  @ApiProperty({ required: false, enum: INDICATOR_DIRECTIONS, default: 'increase', description: 'the direction of good change' })
  @IsOmittable() @IsIn(INDICATOR_DIRECTIONS)
  direction?: IndicatorDirection;

  @ApiProperty({ required: false, type: [String], example: ['sex', 'age'], description: 'dimension codes from the plan’s disaggregation catalogue' })
  @IsOmittable() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @Matches(RESULT_CODE, { each: true, message: `each of disaggregations ${RESULT_CODE_MESSAGE}` })
  disaggregations?: string[];
}

/** The fields every indicator definition has, besides its name. */
export class IndicatorMeasureDto extends IndicatorFrameworkDto {
  @ApiProperty({ example: 'persons' }) @IsString() @Length(1, 50) @NotBlank()
  unit!: string;

  @IsIndicatorNumber({ example: 0 })
  baseline!: number;

  @IsOmittable() @IsIndicatorNumber({ required: false, example: 5000, description: 'the final target; default: the last milestone’s' })
  target?: number;
}

/** A reported value for one category of one of the indicator's dimensions. */
export class CategoryValueDto {
  @ApiProperty({ example: 'sex' }) @IsString() @Matches(RESULT_CODE, { message: `dimension ${RESULT_CODE_MESSAGE}` })
  dimension!: string;

  @ApiProperty({ example: 'female' }) @IsString() @Matches(RESULT_CODE, { message: `category ${RESULT_CODE_MESSAGE}` })
  category!: string;

  @IsIndicatorNumber({ example: 7 })
  value!: number;
}

/** The milestones as the domain takes them: a year, or a period (validation made sure one is given). */
export function withTargets<T extends { targets?: IndicatorTargetDto[] }>(body: T): Omit<T, 'targets'> & { targets?: IndicatorTarget[] } {
  if (body.targets === undefined) return body as Omit<T, 'targets'>;
  const targets = body.targets.map((t): IndicatorTarget => (t.year !== undefined ? { year: t.year, value: t.value } : { periodStart: t.periodStart!, periodEnd: t.periodEnd!, value: t.value }));
  return { ...body, targets };
}
