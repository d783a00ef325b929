import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotFoundError } from '#application';
import { AccessTokens, TokenNotFoundError, TokenRequestError, UnknownOrganizationError } from '#platform';
import { InvalidInputError } from '../http/api-error.js';
import { CreateTokenDto } from './tokens.dto.js';

/** Token administration for admins (the route policies say so); the CLI does the same without HTTP. */
@ApiTags('access')
@ApiBearerAuth()
@Controller('tokens')
export class TokensController {
  constructor(private readonly tokens: AccessTokens) {}

  @Post()
  @ApiOperation({ summary: 'Create a token; the secret is in this answer and nowhere else' })
  @ApiCreatedResponse({ description: '{ id, token, role, organizationId, displayName, createdAt, revokedAt }' })
  async create(@Body() body: CreateTokenDto) {
    try {
      const { token, info } = await this.tokens.issue(body);
      return { ...info, token };
    } catch (error) {
      throw mapped(error);
    }
  }

  @Get()
  @ApiOperation({ summary: 'Every token: id, role, organization, name, created, revoked — never a secret' })
  async list() {
    return { items: await this.tokens.list() };
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a token; refused from the next request on' })
  async revoke(@Param('id') id: string) {
    try {
      return await this.tokens.revoke(id);
    } catch (error) {
      throw mapped(error);
    }
  }
}

function mapped(error: unknown): unknown {
  if (error instanceof UnknownOrganizationError) return new NotFoundError('organization', error.organizationId, 'organizationId');
  if (error instanceof TokenNotFoundError) return new NotFoundError('token', error.id);
  if (error instanceof TokenRequestError) return new InvalidInputError([{ field: error.field, messages: [error.message] }]);
  return error;
}
