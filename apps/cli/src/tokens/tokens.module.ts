import { Module } from '@nestjs/common';
import { AccessModule } from '#platform';
import { CreateTokenCommand, ListTokensCommand, RevokeTokenCommand, TokensCommand } from './tokens.command.js';

/** `tokens create|list|revoke`: the same token store the API checks. */
@Module({
  imports: [AccessModule],
  providers: [TokensCommand, CreateTokenCommand, ListTokensCommand, RevokeTokenCommand],
})
export class TokensModule {}
