import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { exitIfDataDirInUse, loadConfig } from '#platform';
import { CliModule } from './cli.module.js';
import { asksOnlyForHelp } from './help/asks-only-for-help.js';
import { CliHelpModule } from './help/cli-help.module.js';

/**
 * `npm run cli -- <group> <command> …`. It opens the same database as the API: DATABASE_URL, or the
 * embedded PGlite under DATA_DIR — which one process at a time can open, so with the embedded
 * database run the CLI while the API is stopped (or point both at a DATABASE_URL). Help needs no
 * database: it is answered while the API runs, and whatever the configuration says.
 */
async function main() {
  const module = asksOnlyForHelp(process.argv.slice(2)) ? CliHelpModule.forCommandGroups() : withDatabase();
  await CommandFactory.run(module, {
    logger: ['fatal', 'error', 'warn'],
    helpConfiguration: { commandUsage },
    errorHandler: (error) => {
      // commander's own exits (help, version, a missing argument) carry an exit code already.
      const code = (error as { exitCode?: number }).exitCode;
      process.exitCode = code ?? 1;
      if (code === undefined) console.error(error.message);
    },
    serviceErrorHandler: (error) => {
      console.error(`error: ${error.message}`);
      process.exitCode = 1;
    },
  });
}

/** What the usage line reads of commander's Command (nest-commander brings a commander of its own). */
interface NamedCommand {
  parent: NamedCommand | null;
  name(): string;
  usage(): string;
}

/** Commander names the root command after its script (`main`): the usage line says how the CLI is run instead. */
function commandUsage(command: NamedCommand): string {
  const names: string[] = [];
  for (let at: NamedCommand | null = command; at; at = at.parent) names.unshift(at.parent ? at.name() : 'npm run cli --');
  return `${names.join(' ')} ${command.usage()}`;
}

function withDatabase() {
  const config = loadConfig();
  exitIfDataDirInUse(config);
  return CliModule.forRoot(config);
}

main().catch((error: unknown) => {
  console.error((error as Error).message ?? error);
  process.exit(1);
});
