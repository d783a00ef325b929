/** A wrong e-mail and a wrong password get this same error (and the same timing). */
export class InvalidCredentialsError extends Error {
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super('the e-mail or the password is wrong');
    this.name = 'InvalidCredentialsError';
  }
}

/** The right password of a disabled user. */
export class UserDisabledError extends Error {
  readonly code = 'USER_DISABLED';
  constructor() {
    super('this account is disabled; ask an administrator');
    this.name = 'UserDisabledError';
  }
}

/** A password the policy refuses (length, common passwords, the e-mail itself). */
export class WeakPasswordError extends Error {
  readonly code = 'WEAK_PASSWORD';
  constructor(message: string) {
    super(message);
    this.name = 'WeakPasswordError';
  }
}

/** A retried token creation (same Idempotency-Key): the token exists, and its secret was shown once, in the first answer. */
export class TokenAlreadyIssuedError extends Error {
  readonly code = 'TOKEN_ALREADY_ISSUED';
  constructor(readonly tokenId: string) {
    super(`this Idempotency-Key already created token ${tokenId}; its secret was shown once: if it was lost, revoke it and create another`);
    this.name = 'TokenAlreadyIssuedError';
  }
}
