/**
 * A business rule refused a command. `code` is stable and machine-readable (clients switch on it);
 * the HTTP edge maps it to 409 Conflict. `field` names the request field at fault when there is one.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/**
 * Every code the domain throws. Stable: clients and the HTTP edge switch on them, so add, never rename.
 * The `*_NOT_FOUND` codes mean "the stream of this aggregate is empty"; the application normally
 * answers 404 before the decider is asked.
 */
export const DOMAIN_ERROR_CODES = [
  // generic
  'INVALID_DATE',
  'DATE_IN_FUTURE',
  'REASON_REQUIRED',
  'TERMINAL_STATE',
  'CONTEXT_MISMATCH',
  'INVALID_MONEY_AMOUNT',
  'UNKNOWN_CURRENCY',
  'AMOUNT_NOT_POSITIVE',
  'PERIOD_END_BEFORE_START',
  'DUPLICATE_CODE',
  // organization
  'ORGANIZATION_NOT_FOUND',
  'ORGANIZATION_ALREADY_REGISTERED',
  'INVALID_ORGANIZATION_KIND',
  // plan
  'PLAN_NOT_FOUND',
  'PLAN_ALREADY_EXISTS',
  'PLAN_CANNOT_SUCCEED_ITSELF',
  'PLAN_ALREADY_ADOPTED',
  'PLAN_CLOSED',
  'ADOPTION_AFTER_PLAN_PERIOD',
  'INSTRUMENT_REQUIRED',
  'CLOSED_BEFORE_ADOPTION',
  'PLAN_REVISION_EMPTY',
  'PLAN_PERIOD_EXCLUDES_ADOPTION',
  'OBJECTIVE_ALREADY_EXISTS',
  'OBJECTIVE_CODE_TAKEN',
  'PARENT_OBJECTIVE_NOT_FOUND',
  // activity
  'ACTIVITY_NOT_FOUND',
  'ACTIVITY_ALREADY_EXISTS',
  'OBJECTIVE_NOT_IN_PLAN',
  'DATE_OUTSIDE_PLAN_PERIOD',
  'PLANNED_END_BEFORE_START',
  'INDICATOR_ALREADY_DEFINED',
  'INVALID_NUMBER',
  'ACTIVITY_NOT_PLANNED',
  'ACTIVITY_NOT_IN_PROGRESS',
  'ACTIVITY_NOT_SUSPENDED',
  'ACTIVITY_NOT_SUSPENDABLE',
  'PERCENT_OUT_OF_RANGE',
  'PROGRESS_DECREASE_WITHOUT_REASON',
  'REPORT_PERIOD_BEFORE_START',
  'UNKNOWN_INDICATOR',
  'DUPLICATE_INDICATOR_VALUE',
  'DISBURSEMENT_EXCEEDS_COMMITMENT',
  'COMPLETED_BEFORE_START',
  'PROGRESS_REPORT_NOT_FOUND',
  'AMENDMENT_EMPTY',
  'FUNDING_ENTRY_NOT_FOUND',
  'FUNDING_ENTRY_ALREADY_REVERSED',
  'REVERSAL_LEAVES_DISBURSED_ABOVE_COMMITTED',
  'INDICATOR_RETIRED',
  'OBJECTIVE_HAS_ACTIVITIES',
  'OBJECTIVE_HAS_CHILDREN',
  // commission session
  'SESSION_NOT_FOUND',
  'SESSION_ALREADY_SCHEDULED',
  'SESSION_ALREADY_HELD',
  // decision
  'DECISION_NOT_FOUND',
  'DECISION_ALREADY_RECORDED',
  'INVALID_DECISION_KIND',
  'SESSION_NOT_HELD',
  'DUE_DATE_BEFORE_DECISION',
  'RECOMMENDATION_REQUIRED_FOR_KIND',
  'IMPLEMENTED_BEFORE_DECISION',
  'NOTE_REQUIRED',
  // recommendation
  'RECOMMENDATION_NOT_FOUND',
  'RECOMMENDATION_ALREADY_SUBMITTED',
  'INVALID_SOURCE_KIND',
  'RECOMMENDATION_ALREADY_SCHEDULED',
  'RECOMMENDATION_ALREADY_ACCEPTED',
  'RECOMMENDATION_NOT_SCHEDULED',
  'RECOMMENDATION_NOT_ACCEPTED',
  'ALREADY_REVIEWED_AT_SESSION',
  'SESSION_NOT_LATER',
  'DECISION_NOT_OF_SCHEDULED_SESSION',
  'DECISION_NOT_ABOUT_RECOMMENDATION',
  'DECISION_KIND_MISMATCH',
  'DECISION_REVOKED',
  'ACTIVITY_ALREADY_LINKED',
  'IMPLEMENTATION_EVIDENCE_REQUIRED',
  'IMPLEMENTED_BEFORE_ACCEPTANCE',
  // user
  'USER_NOT_FOUND',
  'USER_ALREADY_EXISTS',
  'INVALID_ROLE',
  'ORGANIZATION_REQUIRED',
  'ORGANIZATION_NOT_APPLICABLE',
  'INVALID_LANGUAGE',
  'INVITATION_ALREADY_ACCEPTED',
  'USER_DISABLED',
  'USER_NOT_ACTIVE',
  'TOKEN_EXCEEDS_USER',
  'TOKEN_NOT_OWNED',
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** Throws the DomainError for a broken rule; typed so that only listed codes can be thrown. */
export function reject(code: DomainErrorCode, message: string, field?: string): never {
  throw new DomainError(code, message, field);
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
