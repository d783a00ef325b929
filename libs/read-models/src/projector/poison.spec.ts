import pg from 'pg';
import { QueryFailedError } from 'typeorm';
import { EventFromNewerSchemaError } from '#domain';
import { isPoison } from './poison.js';

/** A Postgres error as the driver raises it, and as TypeORM wraps it around a query. */
function postgresError(code: string, message: string) {
  const error = new pg.DatabaseError(message, 0, 'error');
  error.code = code;
  return new QueryFailedError('INSERT …', [], error);
}

function systemError(code: string, message: string) {
  return Object.assign(new Error(message), { code, errno: -104, syscall: 'read' });
}

describe('isPoison: which failures are the event’s own (parked) and which are the world’s (retried)', () => {
  it.each([
    ['a date Postgres refuses (22008)', postgresError('22008', 'date/time field value out of range: "0000-01-01"')],
    ['an invalid text representation (22P02)', postgresError('22P02', 'invalid input syntax for type uuid: "x"')],
    ['a NUL byte in text (22021)', postgresError('22021', 'invalid byte sequence for encoding "UTF8": 0x00')],
    ['a check constraint (23514)', postgresError('23514', 'new row for relation "activity_view" violates check constraint')],
    ['a not-null constraint (23502)', postgresError('23502', 'null value in column "code" violates not-null constraint')],
    ['projection code reading a missing field', new TypeError("Cannot read properties of undefined (reading 'map')")],
    ['a value out of range in projection code', new RangeError('Invalid time value')],
  ])('parks %s', (_name, error) => {
    expect(isPoison(error)).toBe(true);
  });

  it.each([
    ['the server shutting down (57P01)', postgresError('57P01', 'terminating connection due to administrator command')],
    ['a statement timeout (57014)', postgresError('57014', 'canceling statement due to statement timeout')],
    ['a deadlock (40P01)', postgresError('40P01', 'deadlock detected')],
    ['too many connections (53300)', postgresError('53300', 'sorry, too many clients already')],
    ['a reset connection', systemError('ECONNRESET', 'read ECONNRESET')],
    ['a refused connection', systemError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['a broken pipe', systemError('EPIPE', 'write EPIPE')],
    ['a connection the driver lost', new Error('Connection terminated unexpectedly')],
    ['a client-side query timeout', new Error('Query read timeout')],
    ['a pool that hands out no connection', new Error('timeout exceeded when trying to connect')],
    ['an event of a newer release', new EventFromNewerSchemaError('ActivityStarted', 2, 1)],
    ['a failure of unknown kind', 'something odd'],
  ])('retries %s', (_name, error) => {
    expect(isPoison(error)).toBe(false);
  });
});
