import { ApiProperty } from '@nestjs/swagger';
import { INDICATOR_DIRECTIONS, INDICATOR_TYPES, ROLL_UP_METHODS, type IndicatorDirection, type IndicatorType, type RollUpMethod } from '#domain';
import { TitlesDto } from '../http/titles.js';

const LEVELS = ['objective', 'activity'] as const;

export class CategoryDto {
  @ApiProperty({ example: 'female' })
  code!: string;

  @ApiProperty({ description: 'in the first language stored' })
  name!: string;

  @ApiProperty({ type: TitlesDto })
  names!: TitlesDto;
}

/** A dimension of the plan's disaggregation catalogue. */
export class DimensionDto extends CategoryDto {
  @ApiProperty({ description: 'every unit falls in exactly one category: a count’s categories add up to its total' })
  exhaustive!: boolean;

  @ApiProperty({ type: [CategoryDto] })
  categories!: CategoryDto[];
}

export class DisaggregationCatalogueDto {
  @ApiProperty({ format: 'uuid' })
  planId!: string;

  @ApiProperty({ type: [DimensionDto] })
  dimensions!: DimensionDto[];
}

/** A milestone: `year`, or `periodStart` and `periodEnd`. */
export class TargetDto {
  @ApiProperty({ required: false, example: 2016 })
  year?: number;

  @ApiProperty({ required: false })
  periodStart?: string;

  @ApiProperty({ required: false })
  periodEnd?: string;

  @ApiProperty()
  value!: number;
}

export class RollUpResponseDto {
  @ApiProperty({ format: 'uuid' })
  objectiveIndicatorId!: string;

  @ApiProperty({ enum: ROLL_UP_METHODS, enumName: 'RollUpMethod' })
  method!: RollUpMethod;
}

/** What every indicator says, on an objective or an activity. */
export class IndicatorDefinitionDto {
  @ApiProperty({ format: 'uuid' })
  indicatorId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: TitlesDto, description: 'every language stored' })
  names!: TitlesDto;

  @ApiProperty({ enum: INDICATOR_TYPES, enumName: 'IndicatorType' })
  type!: IndicatorType;

  @ApiProperty()
  unit!: string;

  @ApiProperty()
  baseline!: number;

  @ApiProperty({ type: String, nullable: true })
  baselineDate!: string | null;

  @ApiProperty({ description: 'the final target' })
  target!: number;

  @ApiProperty({ type: [TargetDto], description: 'milestones per year or per reporting period' })
  targets!: TargetDto[];

  @ApiProperty({ enum: INDICATOR_DIRECTIONS, enumName: 'IndicatorDirection' })
  direction!: IndicatorDirection;

  @ApiProperty({ type: [String], description: 'dimension codes of the plan’s catalogue' })
  disaggregations!: string[];
}

export class ObjectiveIndicatorDto extends IndicatorDefinitionDto {
  @ApiProperty({ format: 'uuid' })
  objectiveId!: string;
}

export class CategoryActualDto {
  @ApiProperty({ example: 'sex' })
  dimension!: string;

  @ApiProperty({ example: 'female' })
  category!: string;

  @ApiProperty()
  actual!: number;
}

export class TrackingPeriodDto {
  @ApiProperty({ example: '2016', description: 'a year, or a reporting period start..end' })
  period!: string;

  @ApiProperty()
  periodStart!: string;

  @ApiProperty()
  periodEnd!: string;

  @ApiProperty({ type: Number, nullable: true })
  target!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'the value of the latest report ending in the period (objectives: rolled up)' })
  actual!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'increase: actual / target; decrease: the way from the baseline to the target' })
  percentOfTarget!: number | null;

  @ApiProperty({ type: [CategoryActualDto] })
  disaggregations!: CategoryActualDto[];
}

export class RolledUpFromDto {
  @ApiProperty({ format: 'uuid' })
  activityId!: string;

  @ApiProperty({ format: 'uuid' })
  indicatorId!: string;

  @ApiProperty({ enum: ROLL_UP_METHODS, enumName: 'RollUpMethod' })
  method!: RollUpMethod;
}

export class TrackingLatestDto {
  @ApiProperty({ type: String, nullable: true })
  periodEnd!: string | null;

  @ApiProperty({ type: Number, nullable: true })
  actual!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'against the final target' })
  percentOfTarget!: number | null;
}

export class TrackingRowDto extends IndicatorDefinitionDto {
  @ApiProperty({ enum: LEVELS })
  level!: (typeof LEVELS)[number];

  @ApiProperty({ format: 'uuid' })
  objectiveId!: string;

  @ApiProperty({ type: String, nullable: true })
  objectiveCode!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  activityId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  activityCode!: string | null;

  @ApiProperty({ type: RollUpResponseDto, nullable: true })
  rollsUpTo!: RollUpResponseDto | null;

  @ApiProperty({ type: [RolledUpFromDto], description: 'objective indicators: the activity indicators feeding them' })
  rolledUpFrom!: RolledUpFromDto[];

  @ApiProperty()
  retired!: boolean;

  @ApiProperty({ type: [TrackingPeriodDto] })
  periods!: TrackingPeriodDto[];

  @ApiProperty({ type: TrackingLatestDto })
  latest!: TrackingLatestDto;
}

export class IndicatorTableDto {
  @ApiProperty({ format: 'uuid' })
  planId!: string;

  @ApiProperty({ description: 'the date figures are judged on' })
  asOf!: string;

  @ApiProperty({ type: [DimensionDto] })
  dimensions!: DimensionDto[];

  @ApiProperty({ type: [TrackingRowDto] })
  indicators!: TrackingRowDto[];
}

/** An objective indicator’s progress on the dashboard. */
export class ObjectiveIndicatorProgressDto {
  @ApiProperty({ format: 'uuid' })
  indicatorId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  unit!: string;

  @ApiProperty()
  target!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'the latest rolled-up actual' })
  actual!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  percentOfTarget!: number | null;
}
