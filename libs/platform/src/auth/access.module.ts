import { Module } from '@nestjs/common';
import { AccessTokens } from './access-tokens.service.js';
import { LoginThrottle } from './login-throttle.js';
import { SessionStore } from './sessions.js';
import { UserDirectory } from './user-directory.js';

/** Token, account, session and throttle storage; needs PersistenceModule (the data source and EVENT_STORE) in the app. */
@Module({ providers: [AccessTokens, UserDirectory, SessionStore, LoginThrottle], exports: [AccessTokens, UserDirectory, SessionStore, LoginThrottle] })
export class AccessModule {}
