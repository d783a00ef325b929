import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, Max, Min } from 'class-validator';
import { MAX_DUE_DAYS, REPORTING_FREQUENCIES, type ReportingFrequency } from '#domain';
import { IsCalendarDate, IsOmittable } from '../http/validators.js';
import { IsReason } from '../http/reason.validator.js';

/** POST /plans/:id/reporting-calendar: when agencies report, when it is due, whether the secretariat approves. */
export class SetReportingCalendarDto {
  @ApiProperty({ enum: REPORTING_FREQUENCIES, example: 'quarterly', description: 'periods aligned on 1 January' })
  @IsIn(REPORTING_FREQUENCIES, { message: `frequency must be one of ${REPORTING_FREQUENCIES.join(', ')}` })
  frequency!: ReportingFrequency;

  @ApiProperty({ example: 30, description: 'days after a period ends that its report is due (0: its last day); never before it ends' })
  @IsInt({ message: 'dueDays must be a whole number of days' }) @Min(0, { message: 'dueDays must be at least 0: a report cannot be due before its period ends' }) @Max(MAX_DUE_DAYS, { message: `dueDays must be at most ${MAX_DUE_DAYS}` })
  dueDays!: number;

  @ApiProperty({ required: false, default: false, description: 'whether the secretariat approves each report before it counts' })
  @IsOmittable() @IsBoolean({ message: 'approval must be true or false' })
  approval?: boolean;

  @ApiProperty({ required: false, description: 'required when it replaces another calendar' })
  @IsOmittable() @IsReason()
  reason?: string;

  @ApiProperty({ required: false, example: '2015-01-01', description: 'from when it applies; default the plan’s start' })
  @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}
