/** A referenced record does not exist. `field` names the request field that referred to it. */
export class NotFoundError extends Error {
  constructor(
    readonly resource: string,
    readonly id: string,
    readonly field?: string,
  ) {
    super(`${resource} ${id} does not exist`);
    this.name = 'NotFoundError';
  }
}

/** If-Match named a revision the stream is no longer at. */
export class PreconditionFailedError extends Error {
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`the record is at revision ${actual}, not ${expected}: reload it and try again`);
    this.name = 'PreconditionFailedError';
  }
}

/** If-Match, when sent, must name the revision the record is at (-1: not there yet, which no If-Match names). */
export function requireExpectedRevision(expected: number | undefined, actual: number): void {
  if (expected !== undefined && expected !== actual) throw new PreconditionFailedError(expected, actual);
}

/** Other writers kept changing the record while this command was retried. */
export class ConcurrentModificationError extends Error {
  readonly code = 'CONCURRENT_MODIFICATION';
  constructor(readonly stream: string) {
    super(`${stream} kept changing while the command was applied; try again`);
    this.name = 'ConcurrentModificationError';
  }
}
