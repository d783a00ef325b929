import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';

describe('password policy', () => {
  it('refuses short passwords, common ones (any case) and the e-mail itself', () => {
    expect(passwordProblem('short')).toMatch(/at least 12/);
    expect(passwordProblem('1q2w3e4r5t6y')).toMatch(/common/);
    expect(passwordProblem('QWERTY123456')).toMatch(/common/);
    expect(passwordProblem('clerk.officer@example.org', 'clerk.officer@example.org')).toMatch(/e-mail/);
    expect(passwordProblem(42)).toMatch(/string/);
  });
  it('accepts a long uncommon passphrase, counting characters, not bytes', () => {
    expect(passwordProblem('a long and quiet river 42')).toBeNull();
    expect(passwordProblem('дарёи ором 12')).toBeNull();
  });
});

describe('scrypt hashes', () => {
  it('verify the password they were made from and nothing else, salted differently each time', async () => {
    const a = await hashPassword('a long and quiet river 42');
    const b = await hashPassword('a long and quiet river 42');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('a long and quiet river 42', a)).toBe(true);
    expect(await verifyPassword('a long and quiet river 43', a)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });
});
