import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '#platform';

const MINUTE = 60_000;

export class TooManyRequestsError extends HttpException {
  constructor(code: string, message: string) {
    super({ code, message }, HttpStatus.TOO_MANY_REQUESTS);
  }
}

/** The one shape of every 429 the API answers: a code, a message, and (on the response, when given) when to come back. */
export function tooManyRequests(response: Response | undefined, retryAfterSeconds: number, code: string, message: string): TooManyRequestsError {
  response?.setHeader('Retry-After', String(retryAfterSeconds));
  return new TooManyRequestsError(code, message);
}

/**
 * Fixed-window counters per key, in memory (so per API instance). A key over its limit stays refused
 * until its window ends.
 *
 * Not @nestjs/throttler: its 6.x releases are CommonJS that `require` @nestjs/common, which is ESM
 * only in Nest 12. Node's own require(esm) copes at run time, but Jest's module runtime on Node 20
 * cannot load it, so the e2e suites — which must exercise exactly this code — could not start.
 */
export class FixedWindowCounter {
  private readonly windows = new Map<string, { hits: number; endsAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Counts one hit; how many seconds to wait when it went over the limit, else 0. */
  hit(key: string, limit: number, windowMs: number): number {
    const now = this.now();
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { hits: 0, endsAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.hits += 1;
    return window.hits > limit ? Math.ceil((window.endsAt - now) / 1000) : 0;
  }

  private sweep(now: number) {
    if (this.windows.size < 10_000) return;
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}

/**
 * Writes per caller and minute (RATE_LIMIT_WRITES_PER_MINUTE), expensive reads per caller and minute
 * (RATE_LIMIT_EXPENSIVE_READS_PER_MINUTE), and failed token checks per client address and minute
 * (RATE_LIMIT_AUTH_FAILURES_PER_MINUTE). Past the last, every further failure from the address is a 429
 * until the minute is over, while valid tokens from it still pass: only failures are throttled, so an
 * attacker cannot lock out the callers behind a shared address. Guessing is hopeless anyway (tokens
 * carry 256 random bits); the limit keeps the noise of attempts down.
 */
@Injectable()
export class RateLimits {
  private readonly counter = new FixedWindowCounter();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  countWrite(callerId: string, response: Response): void {
    const wait = this.counter.hit(`write:${callerId}`, this.config.RATE_LIMIT_WRITES_PER_MINUTE, MINUTE);
    if (wait > 0) throw tooMany(response, wait, 'too many writes; slow down');
  }

  countExpensiveRead(callerId: string, response: Response): void {
    const wait = this.counter.hit(`expensive:${callerId}`, this.config.RATE_LIMIT_EXPENSIVE_READS_PER_MINUTE, MINUTE);
    if (wait > 0) throw tooMany(response, wait, 'too many time-travel or verification reads; slow down');
  }

  countAuthFailure(address: string | undefined, response: Response): void {
    const wait = this.counter.hit(`auth:${address}`, this.config.RATE_LIMIT_AUTH_FAILURES_PER_MINUTE, MINUTE);
    if (wait > 0) throw tooMany(response, wait, 'too many failed token checks from this address');
  }
}

function tooMany(response: Response, seconds: number, message: string) {
  return tooManyRequests(response, seconds, 'TOO_MANY_REQUESTS', `${message}; retry in ${seconds} s`);
}
