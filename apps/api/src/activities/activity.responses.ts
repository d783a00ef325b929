import { ApiProperty } from '@nestjs/swagger';
import type { ActivityStatus } from '#domain';
import { TitlesDto } from '../http/titles.js';
import { AlignmentTagsDto, EvidenceDto } from './activities.dto.js';
import { MoneyDto } from '../http/validators.js';
import { IndicatorDefinitionDto, RollUpResponseDto } from '../results/results.responses.js';
import { FormerCodeDto } from '../plans/former-code.responses.js';

export class CategoryValueResponseDto {
  @ApiProperty({ example: 'sex' })
  dimension!: string;

  @ApiProperty({ example: 'female' })
  category!: string;

  @ApiProperty()
  value!: number;
}

const ACTIVITY_STATUSES: ActivityStatus[] = ['planned', 'in_progress', 'completed', 'suspended', 'cancelled'];


export class ActivityLocationDto {
  @ApiProperty({ required: false, example: 'TJ', description: 'ISO 3166-1 alpha-2; absent only on a location recorded before locations had a country and not in the Tajik gazetteer' })
  country?: string;

  @ApiProperty({ example: 'Khatlon', description: "the area's English name in the gazetteer, or as given" })
  province!: string;

  @ApiProperty({ required: false, example: 'TJ-KT', description: 'ISO 3166-2, where the gazetteer knows the area' })
  areaCode?: string;

  @ApiProperty({ required: false })
  district?: string;

  @ApiProperty({ description: 'area and district (if any) found in the gazetteer' })
  checked!: boolean;
}


export class IndicatorDto extends IndicatorDefinitionDto {
  @ApiProperty({ type: RollUpResponseDto, nullable: true, description: 'the objective indicator this one feeds' })
  rollsUpTo!: RollUpResponseDto | null;

  @ApiProperty({ type: Number, nullable: true })
  latestValue!: number | null;

  @ApiProperty({ required: false })
  retired?: boolean;
}

export class FundingDto {
  @ApiProperty({ format: 'uuid' })
  donorId!: string;

  @ApiProperty()
  currency!: string;

  @ApiProperty({ description: 'a decimal' })
  committed!: string;

  @ApiProperty({ description: 'a decimal' })
  disbursed!: string;
}

/** A value as a report gave it (the request's form is IndicatorValueDto). */
export class ReportedIndicatorValueDto {
  @ApiProperty({ format: 'uuid' })
  indicatorId!: string;

  @ApiProperty()
  value!: number;

  @ApiProperty({ required: false, type: [CategoryValueResponseDto] })
  categories?: CategoryValueResponseDto[];
}

export class PendingReportDto {
  @ApiProperty() periodStart!: string;
  @ApiProperty() periodEnd!: string;
  @ApiProperty({ enum: ['draft', 'submitted', 'returned', 'reopened'] }) stage!: string;
  @ApiProperty() percentComplete!: number;
  @ApiProperty({ type: String, nullable: true }) narrative!: string | null;
  @ApiProperty({ type: [ReportedIndicatorValueDto] }) indicatorValues!: ReportedIndicatorValueDto[];
  @ApiProperty({ type: [EvidenceDto] }) evidence!: EvidenceDto[];
  @ApiProperty({ type: String, nullable: true, description: 'the user who submitted it, while it awaits approval' }) submittedBy!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the secretariat’s comment, once returned' }) comment!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'why the approved report was reopened' }) reopenReason!: string | null;
  @ApiProperty({ description: 'the day of the last step' }) since!: string;
}

export class ProgressReportDto {
  @ApiProperty()
  periodStart!: string;

  @ApiProperty()
  periodEnd!: string;

  @ApiProperty()
  percentComplete!: number;

  @ApiProperty({ type: [ReportedIndicatorValueDto] })
  indicatorValues!: ReportedIndicatorValueDto[];
}

/** An activity as read (read-models' ActivityDetails), in a list or alone. */
export class ActivityDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  planId!: string;

  @ApiProperty({ format: 'uuid' })
  objectiveId!: string;

  @ApiProperty({ example: '2.1.3' })
  code!: string;

  @ApiProperty({ type: [FormerCodeDto], required: false, description: 'the codes it had before corrections of it (POST /activities/:id/recode), oldest first; absent until one' })
  formerCodes?: FormerCodeDto[];

  @ApiProperty({ description: 'in the language asked for (lang, Accept-Language), else the first stored of en, ru, tg' })
  title!: string;

  @ApiProperty({ type: TitlesDto })
  titles!: TitlesDto;

  @ApiProperty({ type: String, nullable: true })
  description!: string | null;

  @ApiProperty({ enum: ACTIVITY_STATUSES, enumName: 'ActivityStatus' })
  status!: ActivityStatus;

  @ApiProperty()
  percentComplete!: number;

  @ApiProperty({ format: 'uuid' })
  leadAgencyId!: string;

  @ApiProperty({ type: [String] })
  partnerAgencyIds!: string[];

  @ApiProperty()
  plannedStart!: string;

  @ApiProperty()
  plannedEnd!: string;

  @ApiProperty({ type: String, nullable: true })
  startedOn!: string | null;

  @ApiProperty({ type: String, nullable: true })
  completedOn!: string | null;

  @ApiProperty({ type: [ActivityLocationDto] })
  locations!: ActivityLocationDto[];

  @ApiProperty({ type: AlignmentTagsDto })
  tags!: AlignmentTagsDto;

  @ApiProperty({ type: MoneyDto, nullable: true })
  budget!: MoneyDto | null;

  @ApiProperty({ type: String, nullable: true, required: false, description: 'DAC purpose code; null: the plan\'s default' })
  sectorCode?: string | null;

  @ApiProperty({ description: 'the stream revision: the ETag' })
  revision!: number;

  @ApiProperty({ type: [IndicatorDto] })
  indicators!: IndicatorDto[];

  @ApiProperty({ type: [FundingDto], description: 'per donor and currency' })
  funding!: FundingDto[];

  @ApiProperty({ type: [ProgressReportDto], description: 'the reports in force, one per period: on a plan with approval, the approved ones' })
  progressReports!: ProgressReportDto[];

  @ApiProperty({ type: [PendingReportDto], description: 'reports under approval (drafted, submitted, returned or reopened), not counted until approved' })
  pendingReports!: PendingReportDto[];

  @ApiProperty({ description: 'past its planned end and not completed (judged today, or on asOf)' })
  overdue!: boolean;

  @ApiProperty({ description: 'the calendar day overdue was judged on' })
  asOf!: string;
}
