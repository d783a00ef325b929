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
