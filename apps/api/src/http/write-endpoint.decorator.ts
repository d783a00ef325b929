import { applyDecorators, HttpCode, type Type } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiResponse, ApiServiceUnavailableResponse } from '@nestjs/swagger';
import { WriteResultDto } from './responses.js';

/**
 * What every write documents: its answer, its headers and each error it can give. `answer`: the answer's
 * type where the write answers more than WriteResultDto (the id of what it added); `answers`: one that
 * answers something else altogether (an import: the records it made), with its description; `pins`: the
 * record a create's `If-Match` names (an import's plan), where a create otherwise has no revision to name.
 */
export function WriteEndpoint(
  summary: string,
  options: { creates?: boolean; answer?: Type<WriteResultDto>; answers?: { type: Type<object>; description: string }; pins?: string } = {},
) {
  const answer = options.answers ?? { description: '{ id, revision, position } — ETag carries the revision', type: options.answer ?? WriteResultDto };
  return applyDecorators(
    ApiOperation({ summary }),
    HttpCode(options.creates ? 201 : 200),
    options.creates ? ApiResponse({ status: 201, ...answer }) : ApiOkResponse(answer),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retried command with the same key appends nothing and answers the same' }),
    ...(options.creates && !options.pins
      ? []
      : [ApiHeader({ name: 'If-Match', required: false, description: `"<revision>": apply only if ${options.pins ?? 'the record'} is still at that revision (412 otherwise)` })]),
    ApiBadRequestResponse({ description: 'VALIDATION_FAILED with field-level messages; INVALID_JSON' }),
    ApiNotFoundResponse({ description: 'NOT_FOUND: the record or a referenced one does not exist (named in `field`)' }),
    ApiConflictResponse({ description: 'a business rule refused the command; `code` says which' }),
    ApiResponse({ status: 412, description: 'REVISION_MISMATCH: If-Match named a stale revision' }),
    ApiServiceUnavailableResponse({ description: 'a backing store cannot be reached' }),
  );
}
