import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { envelopeFor, UserAccess } from '#application';
import { USER_LANGUAGES, USER_ROLES, type UserLanguage, type UserRole } from '#domain';
import { CLI_ACTOR } from '../cli-actor.js';
import { output } from '../tokens/tokens.command.js';

interface InviteOptions {
  email: string;
  role: string;
  name?: string;
  organization?: string;
  language?: string;
  json?: boolean;
}

@SubCommand({ name: 'invite', description: 'invite a person and print the one-time link to set a password (no mail is sent)' })
export class InviteUserCommand extends CommandRunner {
  constructor(private readonly users: UserAccess) {
    super();
  }

  async run(_params: string[], options: InviteOptions): Promise<void> {
    const result = await this.users.invite(
      {
        email: options.email,
        displayName: options.name ?? options.email.split('@')[0],
        role: options.role as UserRole,
        organizationId: options.organization ?? null,
        language: (options.language ?? 'en') as UserLanguage,
        reason: 'invited from the command line',
      },
      envelopeFor(CLI_ACTOR),
      { send: false },
    );
    if (options.json) return output.write(JSON.stringify({ id: result.id, email: options.email.toLowerCase(), role: options.role, link: result.link, expiresAt: result.expiresAt }));
    output.write(`invited ${options.email.toLowerCase()} as ${options.role} (user ${result.id})`);
    output.write(`open this link to set the password (works once, until ${result.expiresAt}):`);
    output.write(result.link);
  }

  @Option({ flags: '--email <address>', description: 'the person’s e-mail', required: true })
  parseEmail(value: string) {
    return value;
  }

  @Option({ flags: '--role <role>', description: `one of ${USER_ROLES.join(', ')}`, required: true })
  parseRole(value: string) {
    return value;
  }

  @Option({ flags: '--name <display name>', description: 'how the person is named in the audit trail' })
  parseName(value: string) {
    return value;
  }

  @Option({ flags: '--organization <uuid>', description: 'the organization of an agency or donor user' })
  parseOrganization(value: string) {
    return value;
  }

  @Option({ flags: '--language <language>', description: `messages in ${USER_LANGUAGES.join(', ')}` })
  parseLanguage(value: string) {
    return value;
  }

  @Option({ flags: '--json', description: 'print one JSON object' })
  parseJson() {
    return true;
  }
}

@SubCommand({ name: 'list', description: 'list every user (never a secret)' })
export class ListUsersCommand extends CommandRunner {
  constructor(private readonly users: UserAccess) {
    super();
  }

  async run(_params: string[], options: { json?: boolean }): Promise<void> {
    const all = await this.users.list();
    if (options.json) return output.write(JSON.stringify(all));
    for (const user of all) output.write(`${user.id}  ${user.status.padEnd(8)} ${user.role.padEnd(11)} ${user.email ?? '(service user)'}  "${user.displayName}"`);
  }

  @Option({ flags: '--json', description: 'print a JSON array' })
  parseJson() {
    return true;
  }
}

@Command({ name: 'users', description: 'people: invite, list', subCommands: [InviteUserCommand, ListUsersCommand] })
export class UsersCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
