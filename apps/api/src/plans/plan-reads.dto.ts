import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ListQueryDto } from '../http/list-query.dto.js';
import { SearchTextParam } from '../http/read-query.js';

const PLAN_STATUSES = ['draft', 'adopted', 'closed'];

export class PlanListQueryDto extends ListQueryDto {
  @ApiProperty({ required: false, enum: PLAN_STATUSES })
  @IsOptional() @IsIn(PLAN_STATUSES)
  status?: string;

  @ApiProperty({ required: false, example: 'TJ-DIASPORA-2015-2020', description: 'exactly this code' })
  @IsOptional() @IsString() @Length(1, 60)
  code?: string;

  @SearchTextParam('code or title in any language; accents and case ignored')
  q?: string;
}
