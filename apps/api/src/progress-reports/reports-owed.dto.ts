import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { ReadQueryDto } from '../http/read-query.js';
import { IsCalendarDate } from '../http/validators.js';

export class ReportsOwedQueryDto extends ReadQueryDto {
  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'lead or partner agency of the activity: those its reminders go to' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiProperty({
    required: false,
    format: 'date',
    description: 'reports due by this date (YYYY-MM-DD; today when absent): a later date adds those falling due until then',
  })
  @IsOptional()
  @IsCalendarDate()
  dueBy?: string;
}

export class ReportOwedDto {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty() planCode!: string;
  @ApiProperty({ format: 'uuid' }) activityId!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ description: 'in the language asked for' }) title!: string;
  @ApiProperty({ format: 'uuid' }) leadAgencyId!: string;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ format: 'date' }) periodEnd!: string;
  @ApiProperty({ format: 'date', description: 'the period’s end plus the calendar’s dueDays' }) dueOn!: string;
  @ApiProperty({ description: 'due before today and not in' }) overdue!: boolean;
}

export class ReportsOwedDto {
  @ApiProperty({ format: 'date', description: 'the date the reports were judged due by' }) dueBy!: string;
  @ApiProperty({ type: [ReportOwedDto], description: 'oldest due first' }) items!: ReportOwedDto[];
}
