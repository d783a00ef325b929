import { Logger } from '@nestjs/common';
import { exitIfDataDirInUse, loadConfig } from '#platform';
import { createApp } from './create-app.js';

async function main() {
  const config = loadConfig();
  exitIfDataDirInUse(config);
  const app = await createApp(config);
  await app.listen(config.PORT, '0.0.0.0');
  new Logger('API').log(`listening on http://localhost:${config.PORT} (OpenAPI at /docs)`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message ?? error);
  process.exit(1);
});
