import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ChangeOrganizationCommand, RegisterOrganizationCommand, type CommandEnvelope } from '#application';
import { Envelope } from '../http/envelope.decorator.js';
import { IdPipe } from '../http/id.pipe.js';
import { WriteEndpoint } from '../http/write-endpoint.decorator.js';
import { RegisterOrganizationDto } from './organizations.dto.js';
import { AmendOrganizationDto, RenameOrganizationDto } from './organization-corrections.dto.js';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @WriteEndpoint('Register an organisation (ministry, agency, international organisation, NGO, diaspora organisation, donor)', { creates: true })
  register(@Body() body: RegisterOrganizationDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new RegisterOrganizationCommand(body, envelope));
  }

  @Post(':id/amend')
  @WriteEndpoint('Correction: amend name, acronym, kind, country or IATI identifier, with a reason; the history shows each field before and after')
  amend(@Param('id', IdPipe) id: string, @Body() body: AmendOrganizationDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new ChangeOrganizationCommand(id, { type: 'AmendOrganization', body }, envelope));
  }

  @Post(':id/rename')
  @WriteEndpoint('Rename (a change in the world, effective on a date); the acronym is kept unless given')
  rename(@Param('id', IdPipe) id: string, @Body() body: RenameOrganizationDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new ChangeOrganizationCommand(id, { type: 'RenameOrganization', body }, envelope));
  }
}
