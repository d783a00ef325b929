import { Logger, ServiceUnavailableException, type ArgumentsHost, type LoggerService } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ProblemFilter } from './problem.filter.js';

/** What the filter answers and logs, with a recording logger and a response double (its neighbours). */
describe('ProblemFilter: database failures and expected 503s', () => {
  const logged: { level: string; message: unknown }[] = [];
  const recorder: LoggerService = {
    log: (message) => logged.push({ level: 'log', message }),
    warn: (message) => logged.push({ level: 'warn', message }),
    error: (message) => logged.push({ level: 'error', message }),
  };
  beforeAll(() => Logger.overrideLogger(recorder));
  afterAll(() => Logger.overrideLogger(['error', 'warn']));
  beforeEach(() => (logged.length = 0));

  function answer(exception: unknown): { status: number; body: Record<string, unknown>; type?: string; removed: string[] } {
    const sent = { status: 0, body: {} as Record<string, unknown>, type: undefined as string | undefined, removed: [] as string[] };
    const response = {
      status(code: number) {
        sent.status = code;
        return this;
      },
      type(type: string) {
        sent.type = type;
        return this;
      },
      removeHeader(name: string) {
        sent.removed.push(name);
      },
      json(body: Record<string, unknown>) {
        sent.body = body;
      },
    };
    const request = { method: 'POST', originalUrl: '/organizations' };
    const host = { switchToHttp: () => ({ getResponse: () => response, getRequest: () => request }) } as unknown as ArgumentsHost;
    new ProblemFilter().catch(exception, host);
    return sent;
  }

  const errno = (message: string, code: string) => Object.assign(new Error(message), { code });
  const unavailable = [
    ['a reset connection', errno('read ECONNRESET', 'ECONNRESET')],
    ['a reset connection, as TypeORM wraps it', new QueryFailedError('SELECT 1', [], errno('read ECONNRESET', 'ECONNRESET'))],
    ['a broken pipe', errno('write EPIPE', 'EPIPE')],
    ['the client-side query timeout', new Error('Query read timeout')],
    ['no connection in time', new Error('timeout exceeded when trying to connect')],
    ['a connection that timed out while opening', new Error('Connection terminated due to connection timeout')],
    ['the server-side statement timeout', new QueryFailedError('SELECT 1', [], errno('canceling statement due to statement timeout', '57014'))],
    ['the server shutting down', errno('terminating connection due to administrator command', '57P01')],
    ['a connection failure class 08', errno('connection failure', '08006')],
    ['a failure as the cause of another error', new Error('token check failed', { cause: errno('read ECONNRESET', 'ECONNRESET') })],
  ] as const;

  it.each(unavailable)('answers 503 SERVICE_UNAVAILABLE for %s, logged at WARN in one line', (_name, error) => {
    const { status, body } = answer(error);
    expect({ status, body }).toEqual({ status: 503, body: { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: expect.any(String) } });
    expect(logged).toEqual([{ level: 'warn', message: expect.stringMatching(/^SERVICE_UNAVAILABLE POST \/organizations: [^\n]+$/) }]);
  });

  it('logs PROJECTIONS_BEHIND at WARN in one line, without a stack', () => {
    const { status, body, type, removed } = answer(new ServiceUnavailableException({ code: 'PROJECTIONS_BEHIND', message: 'the read models have not reached position 5:1 within 5000 ms' }));
    expect(status).toBe(503);
    // Whatever the handler had labelled its answer (a CSV's attachment), the error goes as JSON.
    expect({ type, removed }).toEqual({ type: 'application/json', removed: ['Content-Disposition'] });
    expect(body.code).toBe('PROJECTIONS_BEHIND');
    expect(logged).toEqual([{ level: 'warn', message: 'PROJECTIONS_BEHIND POST /organizations: the read models have not reached position 5:1 within 5000 ms' }]);
  });

  it('still answers 500 and logs the error itself for an unexpected failure', () => {
    const bug = new TypeError("Cannot read properties of null (reading 'amount')");
    const { status, body } = answer(bug);
    expect({ status, code: body.code }).toEqual({ status: 500, code: 'INTERNAL' });
    expect(logged).toEqual([{ level: 'error', message: bug }]);
  });

  it('does not take a database error that is not about the connection for an outage', () => {
    const { status } = answer(new QueryFailedError('INSERT …', [], errno('date/time field value out of range', '22008')));
    expect(status).toBe(500);
  });
});
