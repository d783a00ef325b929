import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotFoundError, TokenAlreadyIssuedError, UserAccess, type CommandEnvelope } from '#application';
import { Envelope } from '../http/envelope.decorator.js';
import { authError } from './auth-errors.js';
import { AccessTokens, TokenNotFoundError, TokenRequestError, UnknownOrganizationError } from '#platform';
import { InvalidInputError } from '../http/api-error.js';
import { ReadQueryDto } from '../http/read-query.js';
import { IdPipe } from '../http/id.pipe.js';
import { CreateTokenDto } from './tokens.dto.js';
import { AccessTokenDto, AccessTokenListDto, NewAccessTokenDto } from '../users/user.responses.js';

/** Token administration for admins (the route policies say so); the CLI does the same without HTTP. */
@ApiTags('access')
@ApiBearerAuth()
@Controller('tokens')
export class TokensController {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly users: UserAccess,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a token; the secret is in this answer and nowhere else' })
  @ApiCreatedResponse({ type: NewAccessTokenDto, description: 'the secret is in this answer and nowhere else' })
  async create(@Body() body: CreateTokenDto, @Envelope() envelope: CommandEnvelope) {
    try {
      // Checked as before (role, organisation), then issued to the calling admin's user with an AccessTokenIssued event.
      await this.tokens.validate(body);
      const owner = await this.users.tokenOwnerFor(envelope.actor);
      const { token, info } = await this.users.issueToken(owner, { role: body.role as never, organizationId: body.organizationId ?? null, displayName: body.displayName }, envelope);
      return { ...info, token };
    } catch (error) {
      throw mapped(error);
    }
  }

  @Get()
  @ApiOkResponse({ type: AccessTokenListDto })
  @ApiOperation({ summary: 'Every token: id, role, organization, name, created, revoked — never a secret' })
  async list(@Query() _query: ReadQueryDto) {
    return { items: await this.tokens.list() };
  }

  @Post(':id/revoke')
  @ApiOkResponse({ type: AccessTokenDto, description: 'the token, revoked' })
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a token; refused from the next request on' })
  async revoke(@Param('id', IdPipe) id: string, @Envelope() envelope: CommandEnvelope) {
    try {
      return await this.users.revokeToken(id, undefined, envelope);
    } catch (error) {
      throw mapped(error);
    }
  }
}

function mapped(error: unknown): unknown {
  if (error instanceof TokenAlreadyIssuedError) return authError(error);
  if (error instanceof UnknownOrganizationError) return new NotFoundError('organization', error.organizationId, 'organizationId');
  if (error instanceof TokenNotFoundError) return new NotFoundError('token', error.id);
  if (error instanceof TokenRequestError) return new InvalidInputError([{ field: error.field, messages: [error.message] }]);
  return error;
}
