/** One stream per aggregate instance: `<prefix><uuid>`. The prefixes are stored data: never change them. */
export const STREAM_PREFIX = {
  organization: 'organization-',
  plan: 'plan-',
  activity: 'activity-',
  commission_session: 'commission_session-',
  decision: 'decision-',
  recommendation: 'recommendation-',
  /** Technical meetings, roundtables, workshops, evaluations: where recommendations are made (issue 12). */
  meeting: 'meeting-',
  /** People and their access: invitations, role changes, tokens (issue 10). */
  user: 'user-',
} as const;

export type AggregateType = keyof typeof STREAM_PREFIX;

/**
 * Code reservations (issue 16): `code_reservation-<uuid>` streams that make plan codes, activity codes,
 * organisation acronyms and session and decision numbers unique across writers. Not an aggregate of the
 * read side: the projector and the audit log skip them (parseStreamName does not know them); audit
 * verification checks their chains.
 */
export const CODE_RESERVATION_PREFIX = 'code_reservation-';

/** Every stream type the service writes, e.g. for the event store's server-side subscription filter. */
export const STREAM_PREFIXES: readonly string[] = [...Object.values(STREAM_PREFIX), CODE_RESERVATION_PREFIX];

export const AGGREGATE_TYPES = Object.keys(STREAM_PREFIX) as AggregateType[];

/** Splits `activity-<id>` into its aggregate type and id; undefined for a stream that is not ours. */
export function parseStreamName(stream: string): { aggregate: AggregateType; id: string } | undefined {
  for (const aggregate of AGGREGATE_TYPES) {
    const prefix = STREAM_PREFIX[aggregate];
    if (stream.startsWith(prefix) && stream.length > prefix.length) return { aggregate, id: stream.slice(prefix.length) };
  }
  return undefined;
}
