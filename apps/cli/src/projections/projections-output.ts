import type { DeadLetter, RebuildParkedEvent } from '#read-models';

/** Where the commands write: stdout by default. */
export const output = { write: (line: string) => void process.stdout.write(`${line}\n`) };

/** One line per dead letter: where the event is, which projection refused it, and why. */
export function describeDeadLetter(letter: DeadLetter | RebuildParkedEvent, withError = true): string {
  const attempts = 'attempts' in letter ? ` attempts=${letter.attempts} parked ${letter.parkedAt}` : '';
  return `${letter.projection} ${letter.type} ${letter.stream}@${letter.revision} position ${letter.position} event ${letter.eventId}${attempts}${withError ? `: ${letter.error}` : ''}`;
}
