import { applyDecorators, NotFoundException } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import type { AuditQueries, TimeTravel } from '#read-models';
import { IsCalendarDate, IsTimestamp } from './validators.js';

/** A detail or a history: nothing to ask but read-your-writes. */
export class ReadQueryDto {
  @ApiProperty({ required: false, description: 'wait until projections reached this position (read-your-writes)' })
  @IsOptional() @Matches(/^\d{1,20}(:\d{1,20})*$/, { message: 'minPosition must be a position returned by a write' })
  minPosition?: string;
}

/** `q=`: matched against codes, acronyms and titles in every language, ignoring accents and case. */
export function SearchTextParam(description = 'code, acronym or title in any language; accents and case ignored') {
  return applyDecorators(ApiProperty({ required: false, description }), IsOptional(), IsString(), Length(1, 200), Matches(/\S/u, { message: 'q must contain a word' }));
}

/** `asOf` on a list: the same clock as on the dashboard. */
export function AsOfParam() {
  return applyDecorators(
    ApiProperty({ required: false, description: 'the list on this business date (YYYY-MM-DD), by what is known now; overdue judged on it' }),
    IsOptional(),
    IsCalendarDate(),
  );
}

/** `knownAt` on a list: the same clock as on the dashboard. */
export function KnownAtParam() {
  return applyDecorators(ApiProperty({ required: false, description: 'the list as the system showed it at this moment (ISO 8601 with a time zone)' }), IsOptional(), IsTimestamp());
}

/** `GET /<kind>/:id/history`: every event of the record's stream from the audit log, 404 when there is none. */
export async function recordHistory(audit: AuditQueries, stream: string, kind: string, id: string) {
  const items = await audit.history(stream);
  if (items.length === 0) throw new NotFoundException({ code: 'NOT_FOUND', message: `${kind} ${id} does not exist` });
  return { id, items };
}

/** 404 in the shape every route answers, for a detail that names nothing. */
export function found<T>(record: T | undefined, kind: string, id: string): T {
  if (record === undefined) throw new NotFoundException({ code: 'NOT_FOUND', message: `${kind} ${id} does not exist` });
  return record;
}

/**
 * The 404 of a read at a moment or a date: a record first recorded after `knownAt` says so and when, and one
 * nothing of which had taken effect by `asOf` says when it first did, so that a person travelling back before
 * it learns the first moment or date to ask for, not that it does not exist.
 */
export async function missingAt(audit: AuditQueries, stream: string, kind: string, id: string, { asOf, knownAt }: TimeTravel): Promise<NotFoundException> {
  const first = knownAt ? await audit.firstRecordedAt(stream) : undefined;
  if (first && first > knownAt!) {
    return new NotFoundException({
      code: 'NOT_YET_RECORDED',
      message: `${kind} ${id} was first recorded at ${first.toISOString()}, after ${knownAt!.toISOString()}: ask for a later moment`,
      firstRecordedAt: first.toISOString(),
    });
  }
  const firstEffectiveOn = asOf ? await audit.firstEffectiveOn(stream, knownAt) : undefined;
  if (firstEffectiveOn && firstEffectiveOn > asOf!) {
    return new NotFoundException({
      code: 'NOT_YET_IN_EFFECT',
      message: `nothing of ${kind} ${id} had taken effect by ${asOf}: it first did on ${firstEffectiveOn}; ask for that date or a later one`,
      firstEffectiveOn,
    });
  }
  return new NotFoundException({ code: 'NOT_FOUND', message: `${kind} ${id} does not exist` });
}
