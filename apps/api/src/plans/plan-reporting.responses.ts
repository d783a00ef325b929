import { ApiProperty } from '@nestjs/swagger';
import { REPORTING_FREQUENCIES } from '#domain';

export class ReportingCalendarDto {
  @ApiProperty({ enum: REPORTING_FREQUENCIES, enumName: 'ReportingFrequency' }) frequency!: string;
  @ApiProperty({ description: 'days after a period ends that its report is due' }) dueDays!: number;
  @ApiProperty({ description: 'whether reports wait for the secretariat’s approval' }) approval!: boolean;
}

class ReportCountsDto {
  @ApiProperty({ description: 'reports due by asOf from activities in progress or completed' }) expected!: number;
  @ApiProperty({ description: 'in: approved, or submitted and awaiting approval' }) submitted!: number;
  @ApiProperty({ description: 'counted in the figures: approved (on a plan without approval, every report in)' }) approved!: number;
  @ApiProperty({ description: 'submitted and awaiting the secretariat’s approval: not counted in the figures' }) awaitingApproval!: number;
  @ApiProperty({ description: 'due and not in (drafts and returned reports included)' }) missing!: number;
}

export class ReportingPeriodDto extends ReportCountsDto {
  @ApiProperty() periodStart!: string;
  @ApiProperty() periodEnd!: string;
  @ApiProperty({ description: 'the period’s end plus the calendar’s dueDays' }) dueOn!: string;
}

export class ReportingAgencyDto extends ReportCountsDto {
  @ApiProperty({ format: 'uuid', description: 'the lead agency' }) agencyId!: string;
  @ApiProperty() name!: string;
}

export class ReportingObjectiveDto extends ReportCountsDto {
  @ApiProperty({ format: 'uuid' }) objectiveId!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ description: 'in the language asked for' }) title!: string;
}

export class MissingReportDto {
  @ApiProperty({ format: 'uuid' }) activityId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) leadAgencyId!: string;
  @ApiProperty() periodStart!: string;
  @ApiProperty() periodEnd!: string;
  @ApiProperty() dueOn!: string;
}

/** GET /plans/{id}/reporting: the reports owed, in and missing. */
export class ReportingStatusDto {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ description: 'the date reports are judged due on' }) asOf!: string;
  @ApiProperty({ type: ReportingCalendarDto, nullable: true, description: 'null: no calendar set, nothing owed' }) calendar!: ReportingCalendarDto | null;
  @ApiProperty({ type: [ReportingPeriodDto] }) periods!: ReportingPeriodDto[];
  @ApiProperty({ type: [ReportingAgencyDto] }) byAgency!: ReportingAgencyDto[];
  @ApiProperty({ type: [ReportingObjectiveDto] }) byObjective!: ReportingObjectiveDto[];
  @ApiProperty({ type: [MissingReportDto], description: 'oldest due first' }) missing!: MissingReportDto[];
}
