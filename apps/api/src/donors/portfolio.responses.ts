import { ApiExtraModels, ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import type { ActivityStatus } from '#domain';
import { pagedSchema } from '../http/responses.js';
import { TitlesDto } from '../http/titles.js';

export class DonorAmountsDto {
  @ApiProperty()
  currency!: string;

  @ApiProperty({ description: 'a decimal' })
  committed!: string;

  @ApiProperty({ description: 'a decimal' })
  disbursed!: string;
}

/** An activity the donor funds, with the donor's own amounts only. */
export class PortfolioActivityDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  planId!: string;

  @ApiProperty()
  code!: string;

  @ApiProperty({ description: 'in the language asked for (lang, Accept-Language), else the first stored' })
  title!: string;

  @ApiProperty({ type: TitlesDto })
  titles!: TitlesDto;

  @ApiProperty({ enum: ['planned', 'in_progress', 'completed', 'suspended', 'cancelled'], enumName: 'ActivityStatus' })
  status!: ActivityStatus;

  @ApiProperty()
  percentComplete!: number;

  @ApiProperty()
  overdue!: boolean;

  @ApiProperty()
  plannedEnd!: string;

  @ApiProperty({ type: [DonorAmountsDto] })
  funding!: DonorAmountsDto[];
}

/** A plan the donor funds activities in. */
export class PortfolioPlanDto {
  @ApiProperty({ format: 'uuid' })
  planId!: string;

  @ApiProperty()
  code!: string;
}

/** GET /donors/{id}/portfolio: totals per currency and a page of the donor's activities. */
@ApiExtraModels(PortfolioActivityDto)
export class PortfolioDto {
  @ApiProperty({ format: 'uuid' })
  donorId!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  acronym!: string;

  @ApiProperty({ description: 'the calendar day overdue was judged on' })
  asOf!: string;

  @ApiProperty({ type: [DonorAmountsDto] })
  totals!: DonorAmountsDto[];

  @ApiProperty({ type: [PortfolioPlanDto], description: 'every plan the donor funds activities in, by code (not only those of this page)' })
  plans!: PortfolioPlanDto[];

  @ApiProperty(pagedSchema(PortfolioActivityDto) as ApiPropertyOptions)
  activities!: { items: PortfolioActivityDto[]; page: number; pageSize: number; total: number };
}
