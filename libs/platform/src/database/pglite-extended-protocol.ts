import type { PGlite } from '@electric-sql/pglite';

type ExecRawStream = PGlite['execProtocolRawStream'];

const SYNC = 0x53; // 'S'
const SIMPLE_QUERY = 0x51; // 'Q'
const ERROR_RESPONSE = 0x45; // 'E'
const READY_FOR_QUERY = 0x5a; // 'Z'
/** Parse, Bind, Describe, Execute, Close: their answers wait for the batch's Sync (or a Flush). */
const HELD_UNTIL_SYNC = new Set([0x50, 0x42, 0x44, 0x45, 0x43]);

/**
 * PGlite runs each wire message on its own and, when one fails, answers ErrorResponse *and*
 * ReadyForQuery at once, before the client's Sync (electric-sql/pglite#958). `pg` then reads two
 * ReadyForQuery messages for one query and drops the connection. This restores what a Postgres
 * server does: after an error in an extended-protocol batch, swallow the early ReadyForQuery and
 * ignore the batch's remaining messages until Sync, which answers the one ReadyForQuery.
 *
 * Like a server, it also keeps the answers of Parse, Bind, Describe and Execute until the Sync (or a
 * Flush, or any other message) and hands them on in one piece: pglite-socket writes every piece to
 * the socket on its own, so a query would otherwise cost five writes and five reads instead of one.
 */
export function fixExtendedProtocolErrors(db: PGlite): void {
  const original: ExecRawStream = db.execProtocolRawStream.bind(db);
  let discardUntilSync = false;
  let held: Buffer[] = [];
  // pglite-socket keeps a connection's turn only while a transaction is open; an extended-protocol
  // batch (Parse … Sync) must not interleave with another connection's either (pglite#977), so an
  // open batch counts as a transaction for its scheduler.
  let batchOpen = false;
  const inTransaction = db.isInTransaction.bind(db);
  db.isInTransaction = () => batchOpen || inTransaction();
  const exec = db.exec.bind(db);
  db.exec = (...args: Parameters<PGlite['exec']>) => {
    // pglite-socket's ROLLBACK for a connection that went away mid-batch: nothing of it is answered.
    batchOpen = false;
    discardUntilSync = false;
    held = [];
    return exec(...args);
  };

  const patched = async (message: Uint8Array, options: Parameters<ExecRawStream>[1]): Promise<void> => {
    const kind = message[0];
    const endsBatch = kind === SYNC || kind === SIMPLE_QUERY;
    if (endsBatch) discardUntilSync = false;
    else batchOpen = true;
    try {
      if (!discardUntilSync) {
        const chunks: Uint8Array[] = [];
        await original(message, { ...options, onRawData: (data: Uint8Array) => chunks.push(data.slice()) });
        let output: Buffer = Buffer.concat(chunks);
        if (!endsBatch && containsMessage(output, ERROR_RESPONSE)) {
          discardUntilSync = true;
          output = withoutMessage(output, READY_FOR_QUERY);
        }
        if (output.length > 0) held.push(output);
      }
    } catch (error) {
      held = [];
      throw error;
    } finally {
      if (endsBatch) batchOpen = false;
    }
    if (HELD_UNTIL_SYNC.has(kind) || held.length === 0) return;
    const output = held.length === 1 ? held[0] : Buffer.concat(held);
    held = [];
    options.onRawData?.(new Uint8Array(output.buffer, output.byteOffset, output.length));
  };
  db.execProtocolRawStream = patched;
}

function* frames(buffer: Buffer): Generator<{ type: number; start: number; end: number }> {
  let offset = 0;
  while (offset + 5 <= buffer.length) {
    const end = offset + 1 + buffer.readInt32BE(offset + 1);
    yield { type: buffer[offset], start: offset, end };
    offset = end;
  }
}

function containsMessage(buffer: Buffer, type: number): boolean {
  for (const frame of frames(buffer)) if (frame.type === type) return true;
  return false;
}

function withoutMessage(buffer: Buffer, type: number): Buffer {
  const kept: Buffer[] = [];
  for (const frame of frames(buffer)) if (frame.type !== type) kept.push(buffer.subarray(frame.start, frame.end));
  return Buffer.concat(kept);
}
