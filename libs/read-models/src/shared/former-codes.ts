/**
 * A code a plan or an activity was known by before a correction (PlanRecoded, ActivityRecoded), and
 * until when: published IATI identifiers were made of it, so the export names them as previous ones.
 */
export interface FormerCode {
  code: string;
  /** When the correction was recorded (its recordedAt); null when that is not known. */
  until: string | null;
}

/** A view's code and former codes after a recoding: what the view held is kept, with the moment it was replaced. */
export function recodedView(
  view: { code: string; formerCodes?: FormerCode[] },
  event: { data: { after: { code: string } } },
): { code: string; formerCodes: FormerCode[] } {
  return { code: event.data.after.code, formerCodes: [...(view.formerCodes ?? []), { code: view.code, until: recordedAtOf(event) }] };
}

/** Views are folded from stored events (the projector, time travel, rebuilds), whose metadata says when each was recorded. */
function recordedAtOf(event: object): string | null {
  const recordedAt = (event as { metadata?: { recordedAt?: unknown } }).metadata?.recordedAt;
  return typeof recordedAt === 'string' ? recordedAt : null;
}
