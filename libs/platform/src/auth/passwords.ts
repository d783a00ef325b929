import { dictionary } from '@zxcvbn-ts/language-common';
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;
/** Different characters (any case) a password needs: twelve of one or two characters are no secret. */
export const PASSWORD_MIN_DISTINCT = 5;
/** The part of the e-mail before the @ is refused inside a password from this length on. */
const EMAIL_NAME_MIN_LENGTH = 4;
/** Spaces of any kind and invisible format characters (zero-width spaces and joiners). */
const BLANK = /^[\s\p{Cf}]*$/u;

/** zxcvbn-ts' list of common passwords (about 49,000), lower case. */
const COMMON = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

/**
 * Why a password is refused, or null when it is acceptable: fewer than 12 characters (counted as
 * characters, not bytes), only spaces, fewer than 5 different characters, on the list of common
 * passwords, or little more than the e-mail address or the name before its @ (from 4 characters), in any
 * case: without them, fewer than 12 characters would remain.
 */
export function passwordProblem(password: unknown, email?: string | null): string | null {
  if (typeof password !== 'string') return 'password must be a string';
  if ([...password].length < PASSWORD_MIN_LENGTH) return `password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `password must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (BLANK.test(password)) return 'password must not be only spaces';
  const lower = password.toLowerCase();
  if (new Set(lower).size < PASSWORD_MIN_DISTINCT) return `password must have at least ${PASSWORD_MIN_DISTINCT} different characters, not one or a few repeated`;
  if (COMMON.has(lower)) return 'password is on the list of common passwords';
  if (email) {
    // What the password adds to what anyone knows of the person: the e-mail and its name taken out, twelve
    // characters must remain (alice@example.org1 adds one; a long passphrase that happens to hold the name, plenty).
    const address = email.trim().toLowerCase();
    const name = address.split('@')[0];
    const known = [address, ...(name.length >= EMAIL_NAME_MIN_LENGTH ? [name] : [])];
    const rest = known.reduce((left, part) => left.split(part).join(''), lower);
    if (rest !== lower && [...rest].length < PASSWORD_MIN_LENGTH) {
      return `password must not be the e-mail address or the name before its @ with a little added: ${PASSWORD_MIN_LENGTH} characters must remain without them`;
    }
  }
  return null;
}

// scrypt N=2^15, r=8, p=1 (OWASP's minimum is 2^17 with 8 MiB… here 32 MiB per hash, ~60 ms on this machine).
const PARAMS = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

function derive(password: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...params, maxmem: MAX_MEMORY }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$hash` (base64url): the parameters travel with the hash, so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash of nothing anyone knows: verified against when the e-mail is unknown, so both answers take as long. */
let dummy: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(24).toString('base64url'));
  return dummy;
}
