import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ORGANIZATION_KINDS } from '#domain';
import { ListQueryDto } from '../http/list-query.dto.js';
import { SearchTextParam } from '../http/read-query.js';

export class OrganizationListQueryDto extends ListQueryDto {
  @ApiProperty({ required: false, enum: ORGANIZATION_KINDS })
  @IsOptional() @IsIn(ORGANIZATION_KINDS as readonly string[])
  kind?: string;

  @ApiProperty({ required: false, example: 'TJ', description: 'ISO 3166-1 alpha-2' })
  @IsOptional() @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code such as TJ' })
  country?: string;

  @SearchTextParam('name or acronym; accents and case ignored')
  q?: string;
}
