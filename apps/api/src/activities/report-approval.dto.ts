import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsCalendarDate, IsOnOrAfter, NotBlank } from '../http/validators.js';
import { IsCorrectionReason } from '../http/reason.validator.js';

/** Names the period of a report under approval (issue 11). */
export class ReportPeriodDto {
  @ApiProperty({ example: '2016-01-01' }) @IsCalendarDate()
  periodStart!: string;

  @ApiProperty({ example: '2016-12-31' }) @IsCalendarDate() @IsOnOrAfter('periodStart')
  periodEnd!: string;
}

export class ReturnReportDto extends ReportPeriodDto {
  @ApiProperty({ description: 'what the agency should correct: shown to it and in the history', example: 'the Kulob figure counts the pilot twice' })
  @IsString()
  @Length(1, 2000)
  @NotBlank()
  comment!: string;
}

export class ReopenReportDto extends ReportPeriodDto {
  @IsCorrectionReason()
  reason!: string;
}
