import { jest } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { mayNameStatements, onPostgresServer } from './data-source.js';

describe('onPostgresServer', () => {
  it('asks the database once, and again after a failed asking (the database was down)', async () => {
    const query = jest.fn<(sql: string) => Promise<{ server: boolean }[]>>().mockRejectedValueOnce(new Error('connect ECONNREFUSED')).mockResolvedValue([{ server: true }]);
    const dataSource = { query } as unknown as DataSource;
    await expect(onPostgresServer(dataSource)).rejects.toThrow('ECONNREFUSED');
    await expect(onPostgresServer(dataSource)).resolves.toBe(true);
    await expect(mayNameStatements(dataSource)).resolves.toBe(true);
    expect(query).toHaveBeenCalledTimes(2);
  });
});
