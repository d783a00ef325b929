import { v4 as uuid } from 'uuid';
import { refusalText } from '../i18n/refusal';
import { api, ApiError } from './client';

/** A fresh key for one intended write: the same key on a retry (a double click) records it once. */
export const newIdempotencyKey = (): string => uuid();

/** The headers of a write: its idempotency key, and the revision it was based on when it corrects a record. */
export function writeHeaders(idempotencyKey: string, basedOnRevision?: number): Record<string, string> {
  return { 'Idempotency-Key': idempotencyKey, ...(basedOnRevision === undefined ? {} : { 'If-Match': `"${basedOnRevision}"` }) };
}

/** Someone else changed the record since the page read it (412 on If-Match). */
export const isConflict = (error: unknown): boolean => error instanceof ApiError && error.status === 412;

/**
 * The API's field-level messages keyed as form paths (`evidence[0].url` → `evidence.0.url`), plus a
 * domain rule's single field; empty when the refusal was not about fields.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const path = (field: string) => field.replace(/\[(\d+)\]/g, '.$1');
  const errors: Record<string, string> = {};
  for (const f of error.problem.fields ?? []) errors[path(f.field)] = f.messages.join('; ');
  const single = (error.problem as { field?: string }).field;
  if (single && !errors[path(single)]) errors[path(single)] = refusalText(error.problem).text;
  return errors;
}

/**
 * Waits until the read models hold a write (read-your-writes): the pages refetched after it would
 * otherwise read, and keep for a while, the record as it stood. A projector that is behind is not the
 * write's failure: past the service's wait, the pages read what there is.
 */
export async function readModelsHold(position: string | undefined): Promise<void> {
  if (!position) return;
  await api.GET('/auth/me', { headers: { 'X-Min-Position': position } }).catch(() => undefined);
}
