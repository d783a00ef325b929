import { asksOnlyForHelp } from './asks-only-for-help.js';

describe('asksOnlyForHelp', () => {
  it.each([
    [[]],
    [['--help']],
    [['-h']],
    [['help']],
    [['help', 'users']],
    [['users']],
    [['users', '--json']],
    [['nonsense']],
    [['users', 'invite', '--help']],
    [['tokens', 'revoke', 'x', '-h']],
  ])('answers %j from the commands alone', (args) => expect(asksOnlyForHelp(args)).toBe(true));

  it.each([
    [['users', 'list']],
    [['users', 'invite', '--email', 'a@example.org', '--role', 'admin']],
    [['projections', 'rebuild', 'activities']],
    [['audit', '--json', 'verify']],
  ])('opens the database for %j', (args) => expect(asksOnlyForHelp(args)).toBe(false));
});
