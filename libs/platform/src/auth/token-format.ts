/**
 * What a bearer token may look like, in one place: the configuration validates BOOTSTRAP_ADMIN_TOKEN
 * with the same bounds the guard reads, so a configured token can always be used.
 */
export const TOKEN_MAX_LENGTH = 512;
export const BOOTSTRAP_TOKEN_MIN_LENGTH = 24;
/** Visible ASCII: what an Authorization header carries without encoding. */
const TOKEN_CHARACTER = '[\\x21-\\x7e]';

/** `Bearer <token>`: one scheme, one token, nothing else; group 1 is the token. */
export const BEARER_HEADER = new RegExp(`^Bearer (${TOKEN_CHARACTER}{1,${TOKEN_MAX_LENGTH}})$`, 'i');

/** A bootstrap admin token the guard will accept, and long enough to be a secret. */
export const BOOTSTRAP_TOKEN = new RegExp(`^${TOKEN_CHARACTER}{${BOOTSTRAP_TOKEN_MIN_LENGTH},${TOKEN_MAX_LENGTH}}$`);
