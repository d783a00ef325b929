import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** Paging and read-your-writes, accepted by every list. */
export class ListQueryDto {
  // The type is stated: @Type(() => Number) would otherwise document an object.
  @ApiProperty({ type: 'integer', required: false, default: 1, minimum: 1, maximum: 100_000 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100_000)
  page = 1;

  @ApiProperty({ type: 'integer', required: false, default: 50, minimum: 1, maximum: 200 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  pageSize = 50;

  @ApiProperty({ required: false, description: 'wait until projections reached this position (read-your-writes)' })
  @IsOptional() @Matches(/^\d{1,20}(:\d{1,20})*$/, { message: 'minPosition must be a position returned by a write' })
  minPosition?: string;
}

export class OverdueFilterDto extends ListQueryDto {
  @ApiProperty({ required: false, description: 'true: only overdue; false: only not overdue' })
  @IsOptional() @Transform(toBoolean) @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;
}
