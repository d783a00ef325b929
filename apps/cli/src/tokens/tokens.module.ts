import { Module } from '@nestjs/common';
import { ApplicationModule } from '#application';
import { AccessModule } from '#platform';
import { CreateTokenCommand, ListTokensCommand, RevokeTokenCommand, TokensCommand } from './tokens.command.js';

/** `tokens create|list|revoke`: the same token store the API checks, and the owners' streams. */
@Module({
  imports: [AccessModule, ApplicationModule],
  providers: [TokensCommand, CreateTokenCommand, ListTokensCommand, RevokeTokenCommand],
})
export class TokensModule {}
