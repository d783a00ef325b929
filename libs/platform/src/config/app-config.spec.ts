import { BEARER_HEADER } from '../auth/token-format.js';
import { foldedStreamEvents, loadConfig } from './app-config.js';

describe('BOOTSTRAP_ADMIN_TOKEN bounds', () => {
  it.each([24, 100, 512])('accepts %i visible ASCII characters, which the guard then reads in full', (length) => {
    const token = 'x'.repeat(length - 1) + '~';
    expect(loadConfig({ BOOTSTRAP_ADMIN_TOKEN: token }).BOOTSTRAP_ADMIN_TOKEN).toBe(token);
    expect(BEARER_HEADER.exec(`Bearer ${token}`)?.[1]).toBe(token);
  });

  it.each([
    ['23 characters', 'x'.repeat(23)],
    ['513 characters, more than the guard reads', 'x'.repeat(513)],
    ['a space inside', `${'x'.repeat(20)} ${'x'.repeat(20)}`],
    ['a non-ASCII character, which a header cannot carry as is', `${'x'.repeat(30)}é`],
  ])('refuses %s, naming the variable', (_name, token) => {
    expect(() => loadConfig({ BOOTSTRAP_ADMIN_TOKEN: token })).toThrow(/BOOTSTRAP_ADMIN_TOKEN must be 24 to 512 visible ASCII characters/);
  });
});

describe('FOLDED_STREAM_EVENTS', () => {
  it('defaults to a smaller bound when the database shares the process (embedded) than beside a server', () => {
    expect(foldedStreamEvents(loadConfig({}))).toBe(200_000);
    expect(foldedStreamEvents(loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/monitor' }))).toBe(500_000);
  });

  it('takes the value set, on either database', () => {
    expect(foldedStreamEvents(loadConfig({ FOLDED_STREAM_EVENTS: '20000' }))).toBe(20_000);
    expect(foldedStreamEvents(loadConfig({ FOLDED_STREAM_EVENTS: '2000000', DATABASE_URL: 'postgres://db/monitor' }))).toBe(2_000_000);
  });

  it.each(['0', '-5', 'many', '1.5'])('refuses %s, naming the variable', (value) => {
    expect(() => loadConfig({ FOLDED_STREAM_EVENTS: value })).toThrow(/FOLDED_STREAM_EVENTS/);
  });
});
