/** The one error body every failure answers with. */
export interface ApiErrorBody {
  statusCode: number;
  /** Stable and machine-readable: VALIDATION_FAILED, NOT_FOUND, a domain rule's code, … */
  code: string;
  message: string;
  /** Field-level messages for invalid input; `field` is a path such as `locations[0].province`. */
  fields?: { field: string; messages: string[] }[];
  [extra: string]: unknown;
}

/** Thrown by the validation pipe; carries the field-level messages. */
export class InvalidInputError extends Error {
  constructor(
    readonly fields: { field: string; messages: string[] }[],
    /** VALIDATION_FAILED, or a more specific code such as JSON_TOO_DEEP. */
    readonly code = 'VALIDATION_FAILED',
    message = 'the request is not valid',
  ) {
    super(message);
    this.name = 'InvalidInputError';
  }
}
