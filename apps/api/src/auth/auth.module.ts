import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ApplicationModule } from '#application';
import { AccessModule } from '#platform';
import { AccessGuard } from './access.guard.js';
import { AdminBootstrap } from './admin-bootstrap.js';
import { AuthController } from './auth.controller.js';
import { OwnTokensController } from './own-tokens.controller.js';
import { UsersController } from '../users/users.controller.js';
import { DonorRedactionInterceptor } from './donor-redaction.interceptor.js';
import { OrganizationScope } from './organization-scope.js';
import { RateLimits } from './rate-limits.js';
import { TokensController } from './tokens.controller.js';

/** Access control for the API: the global guard, sign-in and sessions, user and token administration, the bootstrap admin, rate limits, donor redaction. */
@Module({
  imports: [AccessModule, ApplicationModule],
  controllers: [TokensController, AuthController, OwnTokensController, UsersController],
  // RateLimits also serves the expensive-read limit, registered in AppModule ahead of the minPosition wait.
  exports: [RateLimits],
  providers: [OrganizationScope, RateLimits, AdminBootstrap, { provide: APP_GUARD, useClass: AccessGuard }, { provide: APP_INTERCEPTOR, useClass: DonorRedactionInterceptor }],
})
export class AuthModule {}
