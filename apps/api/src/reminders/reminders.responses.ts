import { ApiProperty } from '@nestjs/swagger';

/** One message of the reminders' ledger. */
export class ReminderDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) recipientUserId!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ description: 'the day it was decided for (one message per person per day)' }) day!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ type: [String], description: 'what it reminds of, each once per person: decision:<id>:due-in-30, …:due-in-7, …:overdue-week-<n>, digest:<ISO week>' }) reasons!: string[];
  @ApiProperty({ enum: ['pending', 'sent'] }) status!: 'pending' | 'sent';
  @ApiProperty({ format: 'date-time' }) decidedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) sentAt!: string | null;
  @ApiProperty() attempts!: number;
  @ApiProperty({ nullable: true, type: String, description: 'why the last attempt failed, kept until it is sent' }) lastError!: string | null;
}

export class ReminderLogDto {
  @ApiProperty({ type: [ReminderDto] }) items!: ReminderDto[];
}
