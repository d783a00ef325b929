import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { RegisterOrganizationCommand, type CommandEnvelope } from '#application';
import { Envelope } from '../http/envelope.decorator.js';
import { WriteEndpoint } from '../http/write-endpoint.decorator.js';
import { RegisterOrganizationDto } from './organizations.dto.js';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @WriteEndpoint('Register an organisation (ministry, agency, international organisation, NGO, diaspora organisation, donor)', { creates: true })
  register(@Body() body: RegisterOrganizationDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new RegisterOrganizationCommand(body, envelope));
  }
}
