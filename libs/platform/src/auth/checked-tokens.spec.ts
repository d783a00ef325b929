import { jest } from '@jest/globals';
import { EventEmitter } from 'node:events';
import type pg from 'pg';
import { CheckedTokens } from './checked-tokens.js';

/** The listening connection's neighbour: a client that connects, listens and can be told a notification or a loss. */
class FakeClient extends EventEmitter {
  connect = jest.fn(async () => undefined);
  query = jest.fn(async () => ({ rows: [] }));
  end = jest.fn(async () => undefined);
}

async function listening(clock = { now: 0 }) {
  const clients: FakeClient[] = [];
  const told: [boolean, unknown?][] = [];
  const checked = new CheckedTokens<{ id: string; expiresAt: string | null }>(
    () => {
      clients.push(new FakeClient());
      return clients[clients.length - 1] as unknown as pg.Client;
    },
    () => clock.now,
    (keeping, reason) => told.push(reason === undefined ? [keeping] : [keeping, reason]),
  );
  checked.listen();
  for (let i = 0; i < 5 && !checked.keeping; i++) await Promise.resolve();
  return { checked, clients, told };
}

const token = (expiresAt: string | null = null) => ({ id: 't1', expiresAt });

describe('CheckedTokens', () => {
  it('keeps nothing before it listens', () => {
    const checked = new CheckedTokens(() => new FakeClient() as unknown as pg.Client);
    checked.keep('h', token(), checked.stamp);
    expect(checked.get('h')).toBeUndefined();
  });

  it('keeps a check until an announcement, and not one read while an announcement arrived', async () => {
    const { checked, clients } = await listening();
    expect(clients[0].query).toHaveBeenCalledWith('LISTEN apm_access');
    checked.keep('h', token(), checked.stamp);
    expect(checked.get('h')).toEqual(token());

    clients[0].emit('notification', { channel: 'apm_access', payload: '' });
    expect(checked.get('h')).toBeUndefined();

    const stamp = checked.stamp;
    clients[0].emit('notification', { channel: 'apm_access', payload: '' });
    checked.keep('h', token(), stamp);
    expect(checked.get('h')).toBeUndefined();
  });

  it('does not answer with a token past its expiry', async () => {
    const clock = { now: Date.parse('2026-12-06T10:00:00Z') };
    const { checked } = await listening(clock);
    checked.keep('h', token('2026-12-06T10:00:05Z'), checked.stamp);
    clock.now += 4_000;
    expect(checked.get('h')).toBeDefined();
    clock.now += 1_000;
    expect(checked.get('h')).toBeUndefined();
  });

  it('ends a connection still being opened when closed, instead of waiting for it', async () => {
    const client = new FakeClient();
    let connected: () => void = () => undefined;
    client.connect = jest.fn(() => new Promise<undefined>((resolve) => (connected = () => resolve(undefined))));
    const checked = new CheckedTokens(() => client as unknown as pg.Client);
    checked.listen();
    await checked.close();
    expect(client.end).toHaveBeenCalled();
    connected();
    await Promise.resolve();
    expect(checked.keeping).toBe(false);
  });

  it('forgets everything when the connection is lost, and listens again on a new one', async () => {
    jest.useFakeTimers();
    try {
      const { checked, clients, told } = await listening();
      checked.keep('h', token(), checked.stamp);
      const cut = new Error('terminating connection due to administrator command');
      clients[0].emit('error', cut);
      clients[0].emit('end');
      expect(checked.keeping).toBe(false);
      expect(checked.get('h')).toBeUndefined();
      checked.keep('h', token(), checked.stamp);
      expect(checked.get('h')).toBeUndefined();

      await jest.advanceTimersByTimeAsync(500);
      expect(clients).toHaveLength(2);
      expect(checked.keeping).toBe(true);
      checked.keep('h', token(), checked.stamp);
      expect(checked.get('h')).toEqual(token());
      await checked.close();
      expect(clients[1].end).toHaveBeenCalled();
      // Told once per change, the loss with its cause; closing is not a loss.
      expect(told).toEqual([[true], [false, cut], [true]]);
    } finally {
      jest.useRealTimers();
    }
  });
});
