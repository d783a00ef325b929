import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { UserAccess } from '#application';
import { AccessTokens, APP_CONFIG, type AppConfig } from '#platform';

/**
 * On start: BOOTSTRAP_ADMIN_TOKEN becomes the first admin token when no admin token exists yet; then every
 * token without an owner (issued before users existed, or by a CLI older than `tokens create --user`) is attributed to the bootstrap admin user.
 */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly users: UserAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const secret = this.config.BOOTSTRAP_ADMIN_TOKEN;
    if (secret && (await this.tokens.bootstrapAdmin(secret))) new Logger('Access').log('BOOTSTRAP_ADMIN_TOKEN stored as the first admin token');
    const attributed = await this.users.attributeOwnerlessTokens();
    if (attributed > 0) new Logger('Access').log(`${attributed} token(s) without an owner attributed to the bootstrap admin user`);
  }
}
