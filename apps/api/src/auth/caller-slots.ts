import type { Response } from 'express';
import { tooManyRequests, type TooManyRequestsError } from './rate-limits.js';

/**
 * In-flight requests per caller, in memory (so per API instance): a caller gets at most `limit`
 * slots at once. Taking a slot answers its release, which frees it once however often it is called
 * (a request may end by completing, failing and being unsubscribed).
 */
export class CallerSlots {
  private readonly counts = new Map<string, number>();

  tryAcquire(key: string, limit: number): (() => void) | undefined {
    const taken = this.counts.get(key) ?? 0;
    if (taken >= limit) return undefined;
    this.counts.set(key, taken + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.counts.get(key) ?? 1) - 1;
      if (left > 0) this.counts.set(key, left);
      else this.counts.delete(key);
    };
  }

  inFlight(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** How many callers hold a slot: callers with nothing in flight are forgotten. */
  callers(): number {
    return this.counts.size;
  }
}

/** 429 for a caller over its in-flight limit; Retry-After: 1, since a slot frees as soon as one of its requests ends. */
export function tooManyInFlight(response: Response, code: string, message: string): TooManyRequestsError {
  return tooManyRequests(response, 1, code, message);
}
