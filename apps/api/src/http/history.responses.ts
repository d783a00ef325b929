import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, getSchemaPath } from '@nestjs/swagger';

export class HistoryActorDto {
  @ApiProperty({ type: String, nullable: true })
  id!: string | null;

  @ApiProperty({ type: String, nullable: true })
  name!: string | null;
}

/** One change to a record, from the audit trail (read-models' HistoryEntry). */
export class HistoryEntryDto {
  @ApiProperty({ description: 'the stream revision this change made' })
  revision!: number;

  @ApiProperty({ description: 'the event type', example: 'OrganizationRenamed' })
  type!: string;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;

  @ApiProperty({ type: String, nullable: true, description: 'the calendar day the change took effect, when it says' })
  effectiveOn!: string | null;

  @ApiProperty({ type: HistoryActorDto })
  actor!: HistoryActorDto;

  @ApiProperty({ type: String, nullable: true })
  role!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  organizationId!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'the reason the command gave, when it gave one' })
  reason!: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the event data, as recorded' })
  data!: unknown;

  @ApiProperty({ type: String, nullable: true, description: 'the audit chain hash' })
  hash!: string | null;
}

/** A record's history, as recordHistory answers it. */
export function ApiHistoryResponse(): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(HistoryEntryDto),
    ApiOkResponse({
      description: 'every change, oldest first',
      schema: {
        type: 'object',
        required: ['id', 'items'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          items: { type: 'array', items: { $ref: getSchemaPath(HistoryEntryDto) } },
        },
      },
    }),
  );
}
