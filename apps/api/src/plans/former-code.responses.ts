import { ApiProperty } from '@nestjs/swagger';

/** A code a plan or an activity had before a correction (POST …/recode). */
export class FormerCodeDto {
  @ApiProperty({ example: '1.2.33' })
  code!: string;

  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'when the correction replaced it' })
  until!: string | null;
}
