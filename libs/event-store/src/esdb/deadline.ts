import { EventStoreUnavailableError } from '../errors.js';

/**
 * Resolves like `work`, or rejects with EventStoreUnavailableError after `ms` (then calls `onTimeout`,
 * e.g. to cancel a read). The client sets no deadline on reads and batched appends, so a server that
 * accepts connections but never answers would otherwise hang the caller.
 */
export async function withDeadline<T>(ms: number, what: string, work: Promise<T>, onTimeout?: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout?.();
      reject(new EventStoreUnavailableError(`EventStoreDB did not answer ${what} within ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
