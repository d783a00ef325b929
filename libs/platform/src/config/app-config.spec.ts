import { BEARER_HEADER } from '../auth/token-format.js';
import { loadConfig } from './app-config.js';

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
