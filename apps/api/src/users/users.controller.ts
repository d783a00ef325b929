import { Body, ConflictException, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UserAccess, type CommandEnvelope } from '#application';
import { AccessTokens, accountThrottleKey, EmailTakenError, LoginThrottle } from '#platform';
import { authError } from '../auth/auth-errors.js';
import { Envelope } from '../http/envelope.decorator.js';
import { IdPipe } from '../http/id.pipe.js';
import { ReadQueryDto } from '../http/read-query.js';
import { ChangeOrganizationDto, ChangeRoleDto, InviteUserDto, IssueUserTokenDto, ReasonDto, ReinviteDto } from './users.dto.js';
import { WriteResultDto } from '../http/responses.js';
import { AccessTokenListDto, ManagedUserDto, NewAccessTokenDto, UnlockedDto, UserListDto } from './user.responses.js';

/** User management for admins (the route policies say so): invitations, roles, organisations, disabling, tokens per user. */
@ApiTags('access')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UserAccess,
    private readonly tokens: AccessTokens,
    private readonly throttle: LoginThrottle,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: WriteResultDto })
  async invite(@Body() body: InviteUserDto, @Envelope() envelope: CommandEnvelope) {
    try {
      // The link goes by e-mail only; answering it here would let an admin sign in as someone else.
      const { id, revision, position } = await this.users.invite(body, envelope, { send: true });
      return { id, revision, position };
    } catch (error) {
      if (error instanceof EmailTakenError) throw new ConflictException({ code: 'EMAIL_TAKEN', message: error.message, field: 'email' });
      throw error;
    }
  }

  @Get()
  @ApiOkResponse({ type: UserListDto })
  async list(@Query() _query: ReadQueryDto) {
    return { items: await this.withLocks(await this.users.list()) };
  }

  @Get(':id')
  @ApiOkResponse({ type: ManagedUserDto })
  async get(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto) {
    const [user] = await this.withLocks([await this.users.get(id)]);
    return user;
  }

  /** Each user with the lockout of its e-mail, which the sign-in throttle keeps apart from the user's record. */
  private async withLocks<U extends { email: string | null }>(users: U[]): Promise<(U & { lockedUntil: string | null })[]> {
    const locks = await this.throttle.lockedUntil(users.flatMap((u) => (u.email ? [accountThrottleKey(u.email)] : [])));
    return users.map((u) => ({ ...u, lockedUntil: (u.email && locks.get(accountThrottleKey(u.email))?.toISOString()) || null }));
  }

  /** Sends the invitation again with a new link; the older link stops working. */
  @Post(':id/invitation')
  @ApiOkResponse({ type: WriteResultDto })
  @HttpCode(200)
  reinvite(@Param('id', IdPipe) id: string, @Body() body: ReinviteDto, @Envelope() envelope: CommandEnvelope) {
    return this.users.reinvite(id, body.reason, envelope);
  }

  @Post(':id/role')
  @ApiOkResponse({ type: WriteResultDto })
  @HttpCode(200)
  changeRole(@Param('id', IdPipe) id: string, @Body() body: ChangeRoleDto, @Envelope() envelope: CommandEnvelope) {
    return this.users.changeRole(id, body, envelope);
  }

  @Post(':id/organization')
  @ApiOkResponse({ type: WriteResultDto })
  @HttpCode(200)
  changeOrganization(@Param('id', IdPipe) id: string, @Body() body: ChangeOrganizationDto, @Envelope() envelope: CommandEnvelope) {
    return this.users.changeOrganization(id, body, envelope);
  }

  @Post(':id/disable')
  @ApiOkResponse({ type: WriteResultDto })
  @HttpCode(200)
  disable(@Param('id', IdPipe) id: string, @Body() body: ReasonDto, @Envelope() envelope: CommandEnvelope) {
    return this.users.disable(id, body.reason, envelope);
  }

  @Post(':id/enable')
  @ApiOkResponse({ type: WriteResultDto })
  @HttpCode(200)
  enable(@Param('id', IdPipe) id: string, @Body() body: ReasonDto, @Envelope() envelope: CommandEnvelope) {
    return this.users.enable(id, body.reason, envelope);
  }

  /** Lifts a sign-in lockout of the user's e-mail before its time. */
  @Post(':id/unlock')
  @ApiOkResponse({ type: UnlockedDto })
  @HttpCode(200)
  async unlock(@Param('id', IdPipe) id: string) {
    const user = await this.users.get(id);
    if (user.email) await this.throttle.clear(accountThrottleKey(user.email));
    return { id, unlocked: true };
  }

  @Post(':id/tokens')
  @ApiCreatedResponse({ type: NewAccessTokenDto })
  async issueToken(@Param('id', IdPipe) id: string, @Body() body: IssueUserTokenDto, @Envelope() envelope: CommandEnvelope) {
    try {
      const { token, info } = await this.users.issueToken(id, body, envelope);
      return { ...info, token };
    } catch (error) {
      throw authError(error);
    }
  }

  @Get(':id/tokens')
  @ApiOkResponse({ type: AccessTokenListDto })
  async listTokens(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto) {
    await this.users.get(id);
    return { items: await this.tokens.list(id) };
  }
}
