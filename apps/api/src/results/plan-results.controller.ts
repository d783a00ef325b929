import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChangePlanResultsCommand, type CommandEnvelope } from '#application';
import type { Titles } from '#domain';
import { PlanQueries } from '#read-models';
import { Envelope } from '../http/envelope.decorator.js';
import { IdPipe } from '../http/id.pipe.js';
import { found, ReadQueryDto } from '../http/read-query.js';
import { withTranslations } from '../http/titles.js';
import { IndicatorDefinedDto } from '../http/responses.js';
import { WriteEndpoint } from '../http/write-endpoint.decorator.js';
import { ResultCodePipe } from './result-code.pipe.js';
import { withTargets } from './indicator-fields.dto.js';
import { AmendDisaggregationDto, DefineDisaggregationDto, DefineObjectiveIndicatorDto, ReviseObjectiveIndicatorDto } from './plan-results.dto.js';
import { DisaggregationCatalogueDto } from './results.responses.js';

/** The plan's results framework (issue 12): its disaggregation catalogue and its objectives' indicators. */
@ApiTags('plans')
@Controller('plans')
export class PlanResultsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly plans: PlanQueries,
  ) {}

  @Post(':id/disaggregations')
  @WriteEndpoint('Add a dimension to the plan’s disaggregation catalogue (sex, age group, country…) with its categories', { creates: true })
  defineDisaggregation(@Param('id', IdPipe) id: string, @Body() body: DefineDisaggregationDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new ChangePlanResultsCommand(id, { type: 'DefineDisaggregation', body: body as DefineDisaggregationDto & { names: Titles } }, envelope));
  }

  @Post(':id/disaggregations/:code/amend')
  @WriteEndpoint('Correction: rename a dimension or its categories, add categories, with a reason; categories are never removed')
  amendDisaggregation(@Param('id', IdPipe) id: string, @Param('code', ResultCodePipe) code: string, @Body() body: AmendDisaggregationDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new ChangePlanResultsCommand(id, { type: 'AmendDisaggregation', code, body: body as AmendDisaggregationDto & { categories?: { code: string; names: Titles }[] } }, envelope));
  }

  @Get(':id/disaggregations')
  @ApiOkResponse({ type: DisaggregationCatalogueDto })
  @ApiOperation({ summary: 'The plan’s disaggregation catalogue: dimensions with their categories' })
  @ApiNotFoundResponse({ description: 'no such plan' })
  async disaggregations(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto) {
    const plan = found(await this.plans.get(id), 'plan', id);
    return { planId: plan.id, dimensions: plan.disaggregations ?? [] };
  }

  @Post(':id/objectives/:objective/indicators')
  @WriteEndpoint('Define an objective indicator (type, unit, baseline, targets per year or period, direction, disaggregations) that activity indicators roll up to; answers its indicatorId', {
    creates: true,
    answer: IndicatorDefinedDto,
  })
  defineObjectiveIndicator(@Param('id', IdPipe) id: string, @Param('objective', IdPipe) objectiveId: string, @Body() body: DefineObjectiveIndicatorDto, @Envelope() envelope: CommandEnvelope) {
    const indicator = withTargets(withTranslations(body, 'name', 'names') as DefineObjectiveIndicatorDto & { names: Titles });
    return this.commands.execute(new ChangePlanResultsCommand(id, { type: 'DefineObjectiveIndicator', objectiveId, body: indicator }, envelope));
  }

  @Post(':id/objectives/:objective/indicators/:indicator/revise')
  @WriteEndpoint('Correction: revise any field of an objective indicator’s definition, with a reason')
  reviseObjectiveIndicator(
    @Param('id', IdPipe) id: string,
    @Param('objective', IdPipe) objectiveId: string,
    @Param('indicator', IdPipe) indicatorId: string,
    @Body() body: ReviseObjectiveIndicatorDto,
    @Envelope() envelope: CommandEnvelope,
  ) {
    const revision = withTargets(withTranslations(body, 'name', 'names'));
    return this.commands.execute(new ChangePlanResultsCommand(id, { type: 'ReviseObjectiveIndicator', objectiveId, indicatorId, body: revision }, envelope));
  }
}
