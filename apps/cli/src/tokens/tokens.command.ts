import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { envelopeFor, UserAccess } from '#application';
import type { UserRole } from '#domain';
import { AccessTokens, ROLES, type AccessTokenInfo } from '#platform';
import { CLI_ACTOR } from '../cli-actor.js';

/** Where the commands write: stdout by default, replaceable in tests. */
export const output = { write: (line: string) => void process.stdout.write(`${line}\n`) };

interface CreateOptions {
  user: string;
  role: string;
  organization?: string;
  name: string;
  reason?: string;
  json?: boolean;
}

/**
 * A token belongs to a user, as over HTTP: checked like POST /tokens (role, organisation, name), bounded
 * by its owner's rights, and recorded at once as AccessTokenIssued on the owner's stream, the CLI its actor.
 */
@SubCommand({ name: 'create', description: 'create a token owned by a user and print its secret, once' })
export class CreateTokenCommand extends CommandRunner {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly users: UserAccess,
  ) {
    super();
  }

  async run(_params: string[], options: CreateOptions): Promise<void> {
    const request = await this.tokens.validate({ role: options.role, organizationId: options.organization ?? null, displayName: options.name });
    const owner = await this.users.userIdFor(options.user);
    const { token, info } = await this.users.issueToken(
      owner,
      { role: request.role as UserRole, organizationId: request.organizationId, displayName: request.displayName, reason: options.reason ?? 'created from the command line' },
      envelopeFor(CLI_ACTOR),
    );
    if (options.json) return output.write(JSON.stringify({ ...info, token }));
    output.write(`created ${info.role} token ${info.id} "${info.displayName}"${info.organizationId ? ` for organization ${info.organizationId}` : ''}, owned by user ${owner}`);
    output.write(`secret (shown this once; send it as "Authorization: Bearer <secret>"):`);
    output.write(token);
  }

  @Option({ flags: '--user <email|id>', description: 'the owner: a user’s e-mail, or the id of a service user; the token carries at most the owner’s role', required: true })
  parseUser(value: string) {
    return value;
  }

  @Option({ flags: '--role <role>', description: `one of ${ROLES.join(', ')}`, required: true })
  parseRole(value: string) {
    return value;
  }

  @Option({ flags: '--organization <uuid>', description: 'the organization of an agency or donor token' })
  parseOrganization(value: string) {
    return value;
  }

  @Option({ flags: '--name <display name>', description: 'who holds it, e.g. "IOM focal point"', required: true })
  parseName(value: string) {
    return value;
  }

  @Option({ flags: '--reason <text>', description: 'why, for the audit trail' })
  parseReason(value: string) {
    return value;
  }

  @Option({ flags: '--json', description: 'print one JSON object' })
  parseJson() {
    return true;
  }
}

@SubCommand({ name: 'list', description: 'list every token (never a secret)' })
export class ListTokensCommand extends CommandRunner {
  constructor(private readonly tokens: AccessTokens) {
    super();
  }

  async run(_params: string[], options: { json?: boolean }): Promise<void> {
    const all = await this.tokens.list();
    if (options.json) return output.write(JSON.stringify(all));
    if (all.length === 0) return output.write('no tokens');
    for (const token of all) output.write(describe(token));
  }

  @Option({ flags: '--json', description: 'print a JSON array' })
  parseJson() {
    return true;
  }
}

/** Revocation is recorded too (AccessTokenRevoked on the owner's stream, the CLI its actor). */
@SubCommand({ name: 'revoke', arguments: '<id>', description: 'revoke a token; refused from the next request on' })
export class RevokeTokenCommand extends CommandRunner {
  constructor(private readonly users: UserAccess) {
    super();
  }

  async run([id]: string[], options: { reason?: string }): Promise<void> {
    const token = await this.users.revokeToken(id, options.reason ?? 'revoked from the command line', envelopeFor(CLI_ACTOR));
    output.write(`revoked ${describe(token)}`);
  }

  @Option({ flags: '--reason <text>', description: 'why, for the audit trail' })
  parseReason(value: string) {
    return value;
  }
}

@Command({ name: 'tokens', description: 'bearer tokens: create, list, revoke', subCommands: [CreateTokenCommand, ListTokensCommand, RevokeTokenCommand] })
export class TokensCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}

function describe(token: AccessTokenInfo): string {
  const state = token.revokedAt ? `revoked ${token.revokedAt}` : 'active';
  return [token.id, token.role.padEnd(11), token.organizationId ?? '-'.padEnd(36), state.padEnd(32), token.createdAt, JSON.stringify(token.displayName)].join('  ');
}
