import { ApiProperty } from '@nestjs/swagger';

export class ImportedActivityDto {
  @ApiProperty({ description: 'the row of the sheet it came from (the header is row 1)', example: 2 })
  row!: number;

  @ApiProperty({ example: '2.1.3' })
  code!: string;

  @ApiProperty({ description: 'its title as the sheet gives it (English, else Russian, else Tajik)' })
  title!: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'the activity recorded (absent on a dry run)' })
  id?: string;

  @ApiProperty({ required: false })
  revision?: number;

  @ApiProperty({ required: false, description: 'where its event is in the log (minPosition for reading it back)' })
  position?: string;
}

export class ActivityImportDto {
  @ApiProperty({ format: 'uuid' })
  planId!: string;

  @ApiProperty({ description: 'true: checked and previewed, nothing recorded' })
  dryRun!: boolean;

  @ApiProperty({ description: 'the activities recorded, or that would be' })
  count!: number;

  @ApiProperty({ type: [ImportedActivityDto] })
  activities!: ImportedActivityDto[];

  @ApiProperty({ required: false, description: "the last activity's position: minPosition for reading them all back" })
  position?: string;
}
