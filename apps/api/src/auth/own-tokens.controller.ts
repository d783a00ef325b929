import { Body, Controller, ForbiddenException, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotFoundError, UserAccess, type CommandEnvelope } from '#application';
import { AccessTokens } from '#platform';
import { Envelope } from '../http/envelope.decorator.js';
import { IdPipe } from '../http/id.pipe.js';
import { ReadQueryDto } from '../http/read-query.js';
import { IssueUserTokenDto, RevokeOwnTokenDto } from '../users/users.dto.js';
import type { AuthenticatedRequest } from './access.guard.js';
import { authError } from './auth-errors.js';
import { AccessTokenDto, AccessTokenListDto, NewAccessTokenDto } from '../users/user.responses.js';

/** Anyone's own tokens: created with the caller's own role or less (the user decider says what "less" allows), listed, revoked. */
@ApiTags('access')
@Controller('auth/tokens')
export class OwnTokensController {
  constructor(
    private readonly users: UserAccess,
    private readonly tokens: AccessTokens,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: NewAccessTokenDto, description: 'the secret is in this answer and nowhere else' })
  @ApiOperation({ summary: 'Create a token for yourself; the secret is in this answer and nowhere else' })
  async create(@Body() body: IssueUserTokenDto, @Req() request: AuthenticatedRequest, @Envelope() envelope: CommandEnvelope) {
    const userId = await this.ownUser(request);
    if (!userId) throw new ForbiddenException({ code: 'NOT_A_USER', message: 'this token belongs to no user; ask an admin for a token of your own' });
    try {
      const { token, info } = await this.users.issueToken(userId, body, envelope);
      return { ...info, token };
    } catch (error) {
      throw authError(error);
    }
  }

  @Get()
  @ApiOkResponse({ type: AccessTokenListDto })
  @ApiOperation({ summary: 'Your tokens, never a secret' })
  async list(@Req() request: AuthenticatedRequest, @Query() _query: ReadQueryDto) {
    // A token issued before users existed (not attributed yet) belongs to nobody: no tokens of its own.
    const userId = await this.ownUser(request);
    return { items: userId ? await this.tokens.list(userId) : [] };
  }

  @Post(':id/revoke')
  @ApiOkResponse({ type: AccessTokenDto, description: 'the token, revoked' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke one of your tokens' })
  // The body is optional (the web application sends none); a reason given is validated like any other.
  @ApiBody({ type: RevokeOwnTokenDto, required: false })
  async revoke(@Param('id', IdPipe) id: string, @Body() body: RevokeOwnTokenDto, @Req() request: AuthenticatedRequest, @Envelope() envelope: CommandEnvelope) {
    // A token of no person has no tokens of its own: none of them is its to revoke (404, as before users had tokens).
    const userId = await this.ownUser(request);
    const token = await this.tokens.find(id);
    if (!userId || !token?.userId || token.userId !== userId) throw new NotFoundError('token', id);
    return this.users.revokeToken(id, body.reason, envelope);
  }

  /**
   * The caller's user, when the caller holds the person's whole access (their session, or a token of their
   * own role and organisation). A token an admin issued for a script with a lesser role belongs to the
   * admin, yet must not reach the admin's rights through these routes: it may not make, list or revoke tokens.
   * A token issued before users existed (not yet attributed) has no user at all: undefined.
   */
  private async ownUser(request: AuthenticatedRequest): Promise<string | undefined> {
    const actor = request.actor!;
    const user = await this.users.state(actor.id);
    if (user.status === 'none') return undefined;
    if (actor.role !== user.role || (actor.organizationId ?? null) !== (user.organizationId ?? null)) {
      throw new ForbiddenException({ code: 'NARROWER_THAN_ITS_OWNER', message: `this token carries the ${actor.role} role, not its owner's ${user.role}: it may not manage tokens` });
    }
    return actor.id;
  }
}
