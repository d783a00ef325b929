import type { AuditDigest, VerifyReport } from '#application';

/**
 * What `audit digest` prints: the line to copy into a commission session's minutes, and the counts
 * and position it covers (with --json, one object). Kept apart from nest-commander so tests load it.
 */
export function digestLines({ digest, streams, events, position }: AuditDigest, takenAt: Date, json = false): string[] {
  if (json) return [JSON.stringify({ digest, streams, events, position, takenAt: takenAt.toISOString() })];
  return [`audit digest sha256:${digest}`, `streams ${streams}, events ${events}, position ${position ?? 'none (empty store)'}, taken ${takenAt.toISOString()}`];
}

/** What `audit verify` prints: a summary line, then one line per failure (with --json, the report). */
export function verifyLines(report: VerifyReport, json = false): string[] {
  if (json) return [JSON.stringify(report)];
  return [
    `${report.ok ? 'ok' : 'FAILED'}: ${report.streamsChecked} streams, ${report.eventsChecked} events checked, ${report.failureCount} failures`,
    ...report.failures.map((f) => `${f.stream} revision ${f.revision}: ${f.reason}`),
  ];
}
