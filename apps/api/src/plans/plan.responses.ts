import { ReportingCalendarDto } from './plan-reporting.responses.js';
import { DimensionDto, ObjectiveIndicatorDto } from '../results/results.responses.js';
import { ApiProperty } from '@nestjs/swagger';
import type { PlanStatus } from '#domain';
import { TitlesDto } from '../http/titles.js';
import { FormerCodeDto } from './former-code.responses.js';
import { PlanChangesDto, PlanTitleDto } from './plans.dto.js';

const PLAN_STATUSES: PlanStatus[] = ['draft', 'adopted', 'closed'];

/** A plan's title: English always, Russian and Tajik when given (plans keep this form, not title + titles). */


export class PlanRevisionDto {
  @ApiProperty()
  revision!: number;

  @ApiProperty({ description: 'calendar day' })
  on!: string;

  @ApiProperty({ type: PlanChangesDto })
  changes!: PlanChangesDto;

  @ApiProperty()
  reason!: string;
}

export class ObjectiveDto {
  @ApiProperty({ format: 'uuid' })
  objectiveId!: string;

  @ApiProperty({ example: '2' })
  code!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  parentObjectiveId!: string | null;

  @ApiProperty({ type: TitlesDto, description: 'every language stored' })
  titles!: TitlesDto;
}

/** What a plan and its details share (read-models' PlanView without objectives and predecessor). */
class PlanCommonDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'NAP-2026' })
  code!: string;

  @ApiProperty({ type: [FormerCodeDto], required: false, description: 'the codes it had before corrections of it (POST /plans/:id/recode), oldest first; absent until one' })
  formerCodes?: FormerCodeDto[];

  @ApiProperty({ type: PlanTitleDto })
  title!: PlanTitleDto;

  @ApiProperty()
  periodStart!: string;

  @ApiProperty()
  periodEnd!: string;

  @ApiProperty({ type: String, nullable: true })
  coordinatingBody!: string | null;

  @ApiProperty({ enum: PLAN_STATUSES, enumName: 'PlanStatus' })
  status!: PlanStatus;

  @ApiProperty({ type: String, nullable: true })
  adoptedOn!: string | null;

  @ApiProperty({ type: String, nullable: true })
  instrument!: string | null;

  @ApiProperty({ type: [PlanRevisionDto] })
  revisions!: PlanRevisionDto[];

  @ApiProperty({ type: String, nullable: true })
  closedOn!: string | null;

  @ApiProperty({ type: String, nullable: true })
  closeReason!: string | null;

  @ApiProperty({ description: 'the stream revision: the ETag' })
  revision!: number;

  @ApiProperty({ type: String, nullable: true, required: false, description: 'DAC purpose code of activities naming none' })
  defaultSectorCode?: string | null;

  @ApiProperty({ type: [DimensionDto], required: false, description: 'the disaggregation catalogue' })
  disaggregations?: DimensionDto[];

  @ApiProperty({ type: [ObjectiveIndicatorDto], required: false, description: 'the objectives’ indicators' })
  objectiveIndicators?: ObjectiveIndicatorDto[];

  @ApiProperty({ type: ReportingCalendarDto, required: false, description: 'the reporting calendar, once set' })
  reporting?: ReportingCalendarDto;
}

/** A plan as listed (read-models' PlanView). */
export class PlanDto extends PlanCommonDto {
  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  predecessorPlanId!: string | null;

  @ApiProperty({ type: [ObjectiveDto], description: 'flat, in the order they were added' })
  objectives!: ObjectiveDto[];
}

export class PlanRefDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  code!: string;

  @ApiProperty({ type: PlanTitleDto })
  title!: PlanTitleDto;

  @ApiProperty()
  periodStart!: string;

  @ApiProperty()
  periodEnd!: string;

  @ApiProperty({ enum: PLAN_STATUSES, enumName: 'PlanStatus' })
  status!: PlanStatus;
}

export class ObjectiveNodeDto extends ObjectiveDto {
  @ApiProperty({ description: 'activities planned directly under this objective' })
  activityCount!: number;

  @ApiProperty({ description: 'under this objective and every sub-objective' })
  totalActivityCount!: number;

  @ApiProperty({ type: () => [ObjectiveNodeDto] })
  children!: ObjectiveNodeDto[];
}

/** A plan alone (read-models' PlanDetails): its lineage and its objectives as a tree. */
export class PlanDetailsDto extends PlanCommonDto {
  @ApiProperty({ type: PlanRefDto, nullable: true })
  predecessor!: PlanRefDto | null;

  @ApiProperty({ type: [PlanRefDto] })
  successors!: PlanRefDto[];

  @ApiProperty({ type: [ObjectiveNodeDto] })
  objectives!: ObjectiveNodeDto[];
}
