/** What a check is worth when it has not answered by its deadline. */
export class DeadlineExceeded extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'DeadlineExceeded';
  }
}

/**
 * `work`, or a DeadlineExceeded rejection after `ms`: /health must answer in about a second whatever
 * the stores do, so each check is cut off (its own call may still finish later, unobserved).
 */
export function withinDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(ms)), ms);
  });
  work.catch(() => undefined); // a late failure after the deadline is nobody's to handle
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
