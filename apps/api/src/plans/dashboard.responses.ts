import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import type { PlanStatus } from '#domain';
import { ObjectiveDto } from './plan.responses.js';
import { PlanTitleDto } from './plans.dto.js';
import { ObjectiveIndicatorProgressDto } from '../results/results.responses.js';

const COUNTS = { type: 'object', additionalProperties: { type: 'integer' } } as const;

/** Activities, overdue ones and mean percent complete (null: none counted) of one group. */
class TallyDto {
  @ApiProperty()
  activities!: number;

  @ApiProperty()
  overdue!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'mean over activities not cancelled' })
  percentComplete!: number | null;
}

export class DashboardActivitiesDto {
  @ApiProperty()
  total!: number;

  @ApiProperty({ ...COUNTS, description: 'per status, every status present' })
  byStatus!: Record<string, number>;

  @ApiProperty()
  overdue!: number;
}

export class DashboardBudgetLineDto {
  @ApiProperty()
  currency!: string;

  @ApiProperty({ description: 'a decimal' })
  planned!: string;

  @ApiProperty({ description: 'a decimal' })
  committed!: string;

  @ApiProperty({ description: 'a decimal' })
  disbursed!: string;
}

/** An objective as the plan's detail shows it, with its tally. */
export class DashboardObjectiveDto extends IntersectionType(ObjectiveDto, TallyDto) {
  @ApiProperty(COUNTS)
  byStatus!: Record<string, number>;

  @ApiProperty({ type: [ObjectiveIndicatorProgressDto], description: 'progress toward each objective indicator’s final target' })
  indicators!: ObjectiveIndicatorProgressDto[];
}

export class DashboardAgencyDto extends TallyDto {
  @ApiProperty({ format: 'uuid' })
  organizationId!: string;

  @ApiProperty({ type: String, nullable: true })
  name!: string | null;

  @ApiProperty({ description: 'activities it leads' })
  lead!: number;
}

export class DashboardCountryDto extends TallyDto {
  @ApiProperty({ example: 'KG', description: 'ISO 3166-1 alpha-2' })
  country!: string;
}

export class DashboardProvinceDto extends TallyDto {
  @ApiProperty({ required: false, example: 'TJ', description: 'absent for a location recorded before locations had a country and not in the Tajik gazetteer' })
  country?: string;

  @ApiProperty({ required: false, example: 'TJ-KT', description: 'ISO 3166-2, where the gazetteer knows the area' })
  areaCode?: string;

  @ApiProperty({ example: 'Khatlon' })
  province!: string;
}

export class DashboardDistrictDto extends DashboardProvinceDto {
  @ApiProperty()
  district!: string;
}

export class DashboardDonorDto {
  @ApiProperty({ format: 'uuid' })
  donorId!: string;

  @ApiProperty({ type: String, nullable: true })
  name!: string | null;

  @ApiProperty()
  currency!: string;

  @ApiProperty({ description: 'a decimal' })
  committed!: string;

  @ApiProperty({ description: 'a decimal' })
  disbursed!: string;

  @ApiProperty()
  activities!: number;
}

export class DashboardStatusCountsDto {
  @ApiProperty()
  total!: number;

  @ApiProperty(COUNTS)
  byStatus!: Record<string, number>;
}

export class DashboardDecisionsDto extends DashboardStatusCountsDto {
  @ApiProperty()
  overdue!: number;
}

/** GET /plans/{id}/dashboard (read-models' Dashboard); a donor sees only its own funding. */
export class DashboardDto {
  @ApiProperty({ format: 'uuid' })
  planId!: string;

  @ApiProperty()
  code!: string;

  @ApiProperty({ type: PlanTitleDto })
  title!: PlanTitleDto;

  @ApiProperty({ enum: ['draft', 'adopted', 'closed'], enumName: 'PlanStatus' })
  status!: PlanStatus;

  @ApiProperty({ description: 'the calendar day it was judged on' })
  asOf!: string;

  @ApiProperty({ type: DashboardActivitiesDto })
  activities!: DashboardActivitiesDto;

  @ApiProperty({ type: Number, nullable: true })
  percentComplete!: number | null;

  @ApiProperty({ type: [DashboardBudgetLineDto] })
  budget!: DashboardBudgetLineDto[];

  @ApiProperty({ type: [DashboardObjectiveDto] })
  byObjective!: DashboardObjectiveDto[];

  @ApiProperty({ type: [DashboardAgencyDto] })
  byAgency!: DashboardAgencyDto[];

  @ApiProperty({ type: [DashboardCountryDto], description: 'countries where activities work' })
  byCountry!: DashboardCountryDto[];

  @ApiProperty({ type: [DashboardProvinceDto], description: 'first-level areas within their country' })
  byProvince!: DashboardProvinceDto[];

  @ApiProperty({ type: [DashboardDistrictDto], description: 'districts within their province, where activities name one' })
  byDistrict!: DashboardDistrictDto[];

  @ApiProperty({ type: [DashboardDonorDto] })
  byDonor!: DashboardDonorDto[];

  @ApiProperty({ type: DashboardDecisionsDto })
  decisions!: DashboardDecisionsDto;

  @ApiProperty({ type: DashboardStatusCountsDto })
  recommendations!: DashboardStatusCountsDto;
}
