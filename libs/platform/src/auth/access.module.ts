import { Module } from '@nestjs/common';
import { AccessTokens } from './access-tokens.service.js';

/** Token storage and checks; needs PersistenceModule (the data source and EVENT_STORE) in the app. */
@Module({ providers: [AccessTokens], exports: [AccessTokens] })
export class AccessModule {}
