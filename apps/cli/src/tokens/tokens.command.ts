import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { AccessTokens, ROLES, type AccessTokenInfo } from '#platform';

/** Where the commands write: stdout by default, replaceable in tests. */
export const output = { write: (line: string) => void process.stdout.write(`${line}\n`) };

interface CreateOptions {
  role: string;
  organization?: string;
  name: string;
  json?: boolean;
}

@SubCommand({ name: 'create', description: 'create a token and print its secret, once' })
export class CreateTokenCommand extends CommandRunner {
  constructor(private readonly tokens: AccessTokens) {
    super();
  }

  async run(_params: string[], options: CreateOptions): Promise<void> {
    const { token, info } = await this.tokens.issue({ role: options.role, organizationId: options.organization ?? null, displayName: options.name });
    if (options.json) return output.write(JSON.stringify({ ...info, token }));
    output.write(`created ${info.role} token ${info.id} "${info.displayName}"${info.organizationId ? ` for organization ${info.organizationId}` : ''}`);
    output.write(`secret (shown this once; send it as "Authorization: Bearer <secret>"):`);
    output.write(token);
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

@SubCommand({ name: 'revoke', arguments: '<id>', description: 'revoke a token; refused from the next request on' })
export class RevokeTokenCommand extends CommandRunner {
  constructor(private readonly tokens: AccessTokens) {
    super();
  }

  async run([id]: string[]): Promise<void> {
    const token = await this.tokens.revoke(id);
    output.write(`revoked ${describe(token)}`);
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
