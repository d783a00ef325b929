import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, getSchemaPath, type SchemaObject } from '@nestjs/swagger';

/** A field-level message of a 400: `field` is a path such as `locations[0].province`. */
export class FieldErrorDto {
  @ApiProperty({ example: 'locations[0].province' })
  field!: string;

  @ApiProperty({ type: [String] })
  messages!: string[];
}

/**
 * The one error body every failure answers with (ProblemFilter, ApiErrorBody). Some codes add details
 * of their own (a 404's resource and id, a 412's expected and actual revision, a duplicate's holder).
 */
export class ApiErrorDto {
  @ApiProperty({ example: 404 })
  statusCode!: number;

  @ApiProperty({ description: 'stable and machine-readable: VALIDATION_FAILED, NOT_FOUND, a domain rule\'s code, …', example: 'NOT_FOUND' })
  code!: string;

  @ApiProperty()
  message!: string;

  @ApiProperty({ required: false, type: [FieldErrorDto], description: 'invalid input: the message of each field' })
  fields?: FieldErrorDto[];

  @ApiProperty({ required: false, description: 'the field a rule or a missing reference is about' })
  field?: string;

  @ApiProperty({ required: false, description: 'NOT_FOUND: the kind of record' })
  resource?: string;

  @ApiProperty({ required: false, description: 'NOT_FOUND: the id asked for' })
  id?: string;

  @ApiProperty({ required: false, description: 'REVISION_MISMATCH: the If-Match revision' })
  expected?: number;

  @ApiProperty({ required: false, description: 'REVISION_MISMATCH: the current revision' })
  actual?: number;
}

/** A page of `item`: `{ items, page, pageSize, total }` (read-models' Page), one schema per kind of item. */
export function ApiPagedResponse(item: Type, description = 'one page, and the total over every page'): MethodDecorator & ClassDecorator {
  return applyDecorators(ApiExtraModels(item), ApiOkResponse({ description, schema: pagedSchema(item) }));
}

/** The schema of a page of `item`, for a page inside a larger answer (ApiExtraModels(item) must name it). */
export function pagedSchema(item: Type): SchemaObject {
  return {
    type: 'object',
    required: ['items', 'page', 'pageSize', 'total'],
    properties: {
      items: { type: 'array', items: { $ref: getSchemaPath(item) } },
      page: { type: 'integer', minimum: 1 },
      pageSize: { type: 'integer', minimum: 1 },
      total: { type: 'integer', minimum: 0 },
    },
  };
}

/** What every write answers (WriteResult); the ETag header carries the revision too. */
export class WriteResultDto {
  @ApiProperty({ format: 'uuid', description: 'the record written' })
  id!: string;

  @ApiProperty({ description: 'its stream revision after the write' })
  revision!: number;

  @ApiProperty({ description: 'the event-store position: pass as minPosition to read your write', example: '1042' })
  position!: string;
}

/** The answer of a write that adds an objective to a plan: the plan's write, and the objective's id. */
export class ObjectiveAddedDto extends WriteResultDto {
  @ApiProperty({ format: 'uuid', description: 'the new objective (sub-objective), within the plan' })
  objectiveId!: string;
}

/** The answer of a write that defines an indicator: the record's write, and the indicator's id. */
export class IndicatorDefinedDto extends WriteResultDto {
  @ApiProperty({ format: 'uuid', description: 'the new indicator, within its activity or objective' })
  indicatorId!: string;
}

/** A 200 whose body is a document that is not JSON (CSV, XML, Prometheus text): a string of that type. */
export function ApiTextResponse(mediaType: string, description: string): MethodDecorator & ClassDecorator {
  return ApiOkResponse({ description, content: { [mediaType]: { schema: { type: 'string' } } } });
}
