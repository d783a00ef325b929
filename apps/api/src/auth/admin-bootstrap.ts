import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { AccessTokens, APP_CONFIG, type AppConfig } from '#platform';

/** On start: BOOTSTRAP_ADMIN_TOKEN becomes the first admin token when no admin token exists yet. */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  constructor(
    private readonly tokens: AccessTokens,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const secret = this.config.BOOTSTRAP_ADMIN_TOKEN;
    if (!secret) return;
    if (await this.tokens.bootstrapAdmin(secret)) new Logger('Access').log('BOOTSTRAP_ADMIN_TOKEN stored as the first admin token');
  }
}
