import { TOMBSTONE_REVISION, type EventLog, type ProposedEvent } from './log.js';

/** The server's int64 expected version: -2 any, -1 no stream, -4 stream exists, or an event number. */
export type ExpectedVersion = bigint;
export const ANY = -2n;
export const NO_STREAM = -1n;
export const STREAM_EXISTS = -4n;

export type WriteResult =
  /** `revision` -1 means the stream has no events; `position` is absent when nothing was written. */
  | { kind: 'success'; revision: bigint; position?: bigint }
  /** `current` -1 means the stream does not exist. */
  | { kind: 'wrong_expected_version'; current: bigint }
  | { kind: 'stream_deleted' };

type Decision = { kind: 'ok'; softDeleted: boolean } | { kind: 'idempotent'; last: bigint } | { kind: 'wrong_expected_version' } | { kind: 'deleted' };

/**
 * The server's commit check (IndexWriter.CheckCommit, spec §7.1 and §7.2): decides whether an append
 * with this expected version and these event ids is written, is a retry already committed, or fails.
 */
function checkCommit(log: EventLog, stream: string, expected: ExpectedVersion, ids: string[]): Decision {
  if (log.isTombstoned(stream)) return { kind: 'deleted' };
  const current = log.lastRevision(stream);
  const softDeleted = log.isSoftDeleted(stream);

  if (expected === STREAM_EXISTS) {
    if (softDeleted) return { kind: 'deleted' };
    if (current < 0n && !log.hasMetadata(stream)) return { kind: 'wrong_expected_version' };
  }

  if (expected === ANY || expected === STREAM_EXISTS) {
    // Best effort on a real server (an 8 MiB cache of committed ids); exact here.
    let last: bigint | undefined;
    for (const id of ids) {
      const committed = log.committed(id);
      if (!committed || committed.stream !== stream) {
        return last === undefined ? { kind: 'ok', softDeleted } : { kind: 'wrong_expected_version' };
      }
      last = committed.revision;
    }
    return last === undefined ? { kind: 'ok', softDeleted } : { kind: 'idempotent', last };
  }

  if (expected < current) {
    // A retry of events already at expected+1, expected+2, …?
    let revision = expected;
    for (const id of ids) {
      revision += 1n;
      if (log.eventAt(stream, revision)?.id === id) continue;
      if (revision !== expected + 1n) return { kind: 'wrong_expected_version' };
      if (expected === NO_STREAM && softDeleted) return { kind: 'ok', softDeleted };
      return { kind: 'wrong_expected_version' };
    }
    return revision === expected ? { kind: 'wrong_expected_version' } : { kind: 'idempotent', last: revision };
  }

  if (expected > current) return { kind: 'wrong_expected_version' };
  return { kind: 'ok', softDeleted };
}

export function appendEvents(log: EventLog, stream: string, expected: ExpectedVersion, events: ProposedEvent[]): WriteResult {
  const decision = checkCommit(
    log,
    stream,
    expected,
    events.map((e) => e.id.toLowerCase()),
  );
  switch (decision.kind) {
    case 'deleted':
      return { kind: 'stream_deleted' };
    case 'wrong_expected_version':
      return { kind: 'wrong_expected_version', current: log.lastRevision(stream) };
    case 'idempotent':
      return { kind: 'success', revision: decision.last, position: log.eventAt(stream, decision.last)?.position };
    case 'ok': {
      const current = log.lastRevision(stream);
      if (events.length === 0) return { kind: 'success', revision: current };
      // Appending to a soft-deleted stream undeletes it: only the new events stay readable.
      if (decision.softDeleted) log.writeTruncateBefore(stream, current + 1n);
      const last = log.write(stream, events).at(-1)!;
      return { kind: 'success', revision: last.revision, position: last.position };
    }
  }
}

function expectationHolds(log: EventLog, stream: string, expected: ExpectedVersion): boolean {
  const current = log.lastRevision(stream);
  if (expected === ANY) return true;
  if (expected === NO_STREAM) return current === -1n;
  if (expected === STREAM_EXISTS) return current >= 0n || log.hasMetadata(stream);
  return current === expected;
}

/** Soft delete (spec §5.6, §7.6): `$tb` = max in the metadata; a stream with nothing at all is a conflict. */
export function softDelete(log: EventLog, stream: string, expected: ExpectedVersion): WriteResult {
  if (log.isTombstoned(stream)) return { kind: 'stream_deleted' };
  const current = log.lastRevision(stream);
  const nothingThere = current < 0n && !log.hasMetadata(stream);
  if (nothingThere || !expectationHolds(log, stream, expected)) return { kind: 'wrong_expected_version', current };
  const written = log.writeTruncateBefore(stream, TOMBSTONE_REVISION);
  return { kind: 'success', revision: current, position: written.position };
}

/** Hard delete (spec §5.6, §7.6): a tombstone record; the stream name can never be used again. */
export function tombstone(log: EventLog, stream: string, expected: ExpectedVersion): WriteResult {
  if (log.isTombstoned(stream)) return { kind: 'stream_deleted' };
  const current = log.lastRevision(stream);
  if (!expectationHolds(log, stream, expected)) return { kind: 'wrong_expected_version', current };
  const written = log.writeTombstone(stream);
  return { kind: 'success', revision: current, position: written.position };
}
