import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { exitIfDataDirInUse, loadConfig } from '#platform';
import { CliModule } from './cli.module.js';

/**
 * `npm run cli -- <group> <command> …`. It opens the same database as the API: DATABASE_URL, or the
 * embedded PGlite under DATA_DIR — which one process at a time can open, so with the embedded
 * database run the CLI while the API is stopped (or point both at a DATABASE_URL).
 */
async function main() {
  const config = loadConfig();
  exitIfDataDirInUse(config);
  await CommandFactory.run(CliModule.forRoot(config), {
    logger: ['fatal', 'error', 'warn'],
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

main().catch((error: unknown) => {
  console.error((error as Error).message ?? error);
  process.exit(1);
});
