import { Body, Controller, Get, HttpCode, Inject, Logger, Post, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiFoundResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { UserAccess, type UserView } from '#application';
import { accountThrottleKey, APP_CONFIG, LoginThrottle, SessionStore, type AppConfig, type ThrottleRule } from '#platform';
import { authError } from './auth-errors.js';
import { LoginDto, PasswordResetDto, SetPasswordDto } from './auth.dto.js';
import type { AuthenticatedRequest } from './access.guard.js';
import { ReadQueryDto } from '../http/read-query.js';
import { assertSameOrigin } from './csrf.js';
import { clearSessionCookie, sessionIdOf, sessionLimits, setSessionCookie } from './session-cookie.js';
import { MeDto, MessageDto, PasswordLinkDto, PasswordSetDto, SignedInDto } from './auth.responses.js';

const WINDOW_MS = 15 * 60_000;

/** Sign-in with e-mail and password, server-side sessions, one-time links; thin: the rules are in UserAccess. */
@ApiTags('access')
@Controller('auth')
export class AuthController {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly users: UserAccess,
    private readonly sessions: SessionStore,
    private readonly throttle: LoginThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @ApiOkResponse({ type: SignedInDto })
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: sets a new session cookie (any earlier one is ended) and answers the user and the CSRF token for writes' })
  async login(@Body() body: LoginDto, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response) {
    assertSameOrigin(request, this.config);
    const keys = this.keys(body.email, request.ip);
    try {
      for (const key of keys) await this.throttle.check(key);
      let user;
      try {
        user = await this.users.verifyCredentials(body.email, body.password);
      } catch (error) {
        for (const [index, key] of keys.entries()) await this.throttle.fail(key, this.rule(index));
        throw error;
      }
      await this.throttle.clear(keys[0]);
      // Fixation: whatever session id the client held is ended; the new one is random and server-made.
      const previous = sessionIdOf(request);
      if (previous) await this.sessions.close(previous);
      const session = await this.sessions.open(user.userId, sessionLimits(this.config));
      setSessionCookie(request, response, session.id, this.config);
      return { user: await this.users.get(user.userId), csrfToken: session.csrfToken };
    } catch (error) {
      throw authError(error, response);
    }
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out: the session ends at once and its cookie is cleared (a bearer caller: nothing to end)' })
  async logout(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response): Promise<void> {
    if (request.session) await this.sessions.close(request.session.id);
    clearSessionCookie(request, response);
  }

  @Get('me')
  @ApiOkResponse({ type: MeDto })
  @ApiOperation({ summary: 'The caller: user (or token), role, organisation, language; with a session, its CSRF token' })
  async me(@Req() request: AuthenticatedRequest, @Query() _query: ReadQueryDto) {
    const actor = request.actor!;
    const user: UserView | null = (await this.users.state(actor.id)).status === 'none' ? null : await this.users.get(actor.id);
    return {
      user,
      role: actor.role,
      organizationId: actor.organizationId,
      language: user?.language ?? 'en',
      via: request.session ? 'session' : 'token',
      ...(request.session ? { csrfToken: request.session.csrfToken } : {}),
    };
  }

  @Get('password')
  @ApiOkResponse({ type: PasswordLinkDto })
  @ApiFoundResponse({ description: 'to /app/password?token=…, for a browser (HTML preferred to JSON)' })
  @ApiQuery({ name: 'token', required: true, type: String, description: 'the token of the one-time link' })
  @ApiOperation({ summary: 'What a one-time link (invitation or reset) is for; 404 unknown, 410 expired or used. A browser opening it (HTML before JSON) is sent to the web application’s page for it' })
  async describeLink(@Query('token') token: unknown, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response) {
    // One token as a link carries it (at most 200 characters, as POST takes it); anything else names no link.
    const link = typeof token === 'string' && token.length <= 200 ? token : '';
    // Links mailed before they led to the web application named this route: a person opening one gets the page.
    if (request.accepts(['application/json', 'text/html']) === 'text/html') {
      response.redirect(302, `/app/password?token=${encodeURIComponent(link)}`);
      return;
    }
    try {
      return await this.users.describeLink(link);
    } catch (error) {
      throw authError(error, response);
    }
  }

  @Post('password')
  @ApiOkResponse({ type: PasswordSetDto })
  @HttpCode(200)
  @ApiOperation({ summary: 'Set a password with a one-time link: accepts the invitation, or resets the password and ends every session' })
  async setPassword(@Body() body: SetPasswordDto, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response) {
    assertSameOrigin(request, this.config);
    try {
      return { user: await this.users.usePasswordLink(body.token, body.password) };
    } catch (error) {
      throw authError(error, response);
    }
  }

  @Post('password-reset')
  @ApiAcceptedResponse({ type: MessageDto })
  @HttpCode(202)
  @ApiOperation({ summary: 'Mail a reset link to the account with this e-mail; the same answer whether or not there is one' })
  async requestReset(@Body() body: PasswordResetDto, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response) {
    assertSameOrigin(request, this.config);
    // Counted apart from failed sign-ins: requests anyone may make for an address must not lock its owner out.
    const keys = this.keys(body.email, request.ip).map((key) => `reset:${key}`);
    try {
      for (const key of keys) await this.throttle.check(key);
      for (const [index, key] of keys.entries()) await this.throttle.fail(key, this.rule(index));
      // After the answer: the link and its mail are work only a known address causes, and the time they
      // took told which addresses have accounts.
      void this.users.requestReset(body.email).catch((error: unknown) => this.logger.error(`a reset link could not be sent: ${String(error)}`));
      return { message: 'if an active account has this e-mail, a reset link was sent to it' };
    } catch (error) {
      throw authError(error, response);
    }
  }

  /** Per account (the e-mail as typed, known or not, so an unknown one is throttled alike) and per address. */
  private keys(email: string, ip: string | undefined): [string, string] {
    return [accountThrottleKey(String(email)), `address:${ip ?? 'unknown'}`];
  }

  private rule(index: number): ThrottleRule {
    const limit = index === 0 ? this.config.LOGIN_FAILURES_PER_ACCOUNT : this.config.LOGIN_FAILURES_PER_ADDRESS;
    return { limit, windowMs: WINDOW_MS, lockMs: this.config.LOGIN_LOCK_MINUTES * 60_000 };
  }
}
