import { Logger } from '@nestjs/common';
import { jest } from '@jest/globals';
import { QueryErrorLogger } from './query-error-logger.js';

describe('QueryErrorLogger', () => {
  it('keeps the failed statement but never its parameters, at debug level', () => {
    const debug = jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined);
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      new QueryErrorLogger().logQueryError(new Error('date/time field value out of range'), 'SELECT *\n  FROM audit_log WHERE recorded_at >= $1', ['2020-13-45', 'secret-hash']);
      expect(error).not.toHaveBeenCalled();
      expect(debug).toHaveBeenCalledTimes(1);
      const line = String(debug.mock.calls[0][0]);
      expect(line).toBe('query failed: date/time field value out of range — SELECT * FROM audit_log WHERE recorded_at >= $1');
      expect(line).not.toContain('secret-hash');
    } finally {
      debug.mockRestore();
      error.mockRestore();
    }
  });
});
