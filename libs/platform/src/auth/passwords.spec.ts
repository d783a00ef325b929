import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';

describe('password policy', () => {
  it('refuses short passwords, common ones (any case) and the e-mail itself', () => {
    expect(passwordProblem('short')).toMatch(/at least 12/);
    expect(passwordProblem('1q2w3e4r5t6y')).toMatch(/common/);
    expect(passwordProblem('QWERTY123456')).toMatch(/common/);
    expect(passwordProblem('clerk.officer@example.org', 'clerk.officer@example.org')).toMatch(/e-mail/);
    expect(passwordProblem(42)).toMatch(/string/);
  });
  it('refuses a password of only spaces, of any kind', () => {
    expect(passwordProblem(' '.repeat(12))).toBe('password must not be only spaces');
    expect(passwordProblem('\t \u00a0\u3000\u200b'.repeat(3))).toBe('password must not be only spaces');
  });
  it('refuses fewer than 5 different characters, counting upper and lower case as one', () => {
    expect(passwordProblem('aaaaaaaaaaaa')).toMatch(/at least 5 different characters/);
    expect(passwordProblem('abababababab')).toMatch(/at least 5 different characters/);
    expect(passwordProblem('aAbBcCdDaAbBcCdD')).toMatch(/at least 5 different characters/);
    expect(passwordProblem('ЖжЖжЖжЖжЖжЖжЖж')).toMatch(/at least 5 different characters/);
    expect(passwordProblem('abcdeabcdeab')).toBeNull();
  });
  it('refuses the e-mail address, or the name before its @ from 4 characters, with a little added, in any case', () => {
    expect(passwordProblem('alice@example.org1', 'alice@example.org')).toMatch(/e-mail address/);
    expect(passwordProblem('My Alice@Example.org!', 'alice@example.org')).toMatch(/e-mail address/);
    expect(passwordProblem('zz-ALICE-2024-zz', 'alice@example.org')).toMatch(/name before its @/);
    expect(passwordProblem('Alice@example.org', 'ALICE@EXAMPLE.ORG')).toMatch(/e-mail address/);
    // A long passphrase that happens to hold the name adds plenty to it.
    expect(passwordProblem('web tests admin passphrase 2026', 'admin@example.org')).toBeNull();
    // A name of three letters may well occur in a good passphrase.
    expect(passwordProblem('a bob and a quiet river', 'bob@example.org')).toBeNull();
    expect(passwordProblem('a long and quiet river 42', 'alice@example.org')).toBeNull();
  });
  it('accepts a long uncommon passphrase, counting characters, not bytes', () => {
    expect(passwordProblem('a long and quiet river 42')).toBeNull();
    expect(passwordProblem('дарёи ором 12')).toBeNull();
    expect(passwordProblem('correct horse battery staple', 'clerk.officer@example.org')).toBeNull();
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
