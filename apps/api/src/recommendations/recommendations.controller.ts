import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ChangeRecommendationCommand, SubmitRecommendationCommand, type CommandEnvelope, type RecommendationChange, type SubmitRecommendationBody } from '#application';
import { Envelope } from '../http/envelope.decorator.js';
import { IdPipe } from '../http/id.pipe.js';
import { withTranslations } from '../http/titles.js';
import { WriteEndpoint } from '../http/write-endpoint.decorator.js';
import {
  LinkActivityDto,
  RecommendationImplementedDto,
  ReviewRecommendationDto,
  ScheduleRecommendationDto,
  SubmitRecommendationDto,
  WithdrawRecommendationDto,
} from './recommendations.dto.js';
import { AmendRecommendationDto } from './recommendation-corrections.dto.js';

@ApiTags('recommendations')
@Controller('recommendations')
export class RecommendationsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @WriteEndpoint('Submit a recommendation made at a meeting (technical meeting, roundtable, workshop…)', { creates: true })
  submit(@Body() body: SubmitRecommendationDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new SubmitRecommendationCommand(withTranslations(body, 'text', 'texts') as SubmitRecommendationBody, envelope));
  }

  @Post(':id/schedule')
  @WriteEndpoint('Schedule the recommendation for review at a commission session')
  schedule(@Param('id', IdPipe) id: string, @Body() body: ScheduleRecommendationDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'ScheduleRecommendationForReview', body }, envelope);
  }

  @Post(':id/accept')
  @WriteEndpoint('Accept, by a decision of the session it is scheduled for')
  accept(@Param('id', IdPipe) id: string, @Body() body: ReviewRecommendationDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'AcceptRecommendation', body }, envelope);
  }

  @Post(':id/reject')
  @WriteEndpoint('Reject, by a decision of the session it is scheduled for')
  reject(@Param('id', IdPipe) id: string, @Body() body: ReviewRecommendationDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'RejectRecommendation', body }, envelope);
  }

  @Post(':id/defer')
  @WriteEndpoint('Defer to a later session, by a decision of the session it is scheduled for')
  defer(@Param('id', IdPipe) id: string, @Body() body: ReviewRecommendationDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'DeferRecommendation', body }, envelope);
  }

  @Post(':id/link-activity')
  @WriteEndpoint('Link an accepted recommendation to an activity that implements it')
  linkActivity(@Param('id', IdPipe) id: string, @Body() body: LinkActivityDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'LinkRecommendationToActivity', body }, envelope);
  }

  @Post(':id/implemented')
  @WriteEndpoint('Record that an accepted recommendation was implemented')
  implemented(@Param('id', IdPipe) id: string, @Body() body: RecommendationImplementedDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'MarkRecommendationImplemented', body }, envelope);
  }

  @Post(':id/withdraw')
  @WriteEndpoint('Withdraw a recommendation that was not accepted, with a reason')
  withdraw(@Param('id', IdPipe) id: string, @Body() body: WithdrawRecommendationDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'WithdrawRecommendation', body }, envelope);
  }

  @Post(':id/amend')
  @WriteEndpoint('Correction: amend the text or the target agencies, with a reason')
  amend(@Param('id', IdPipe) id: string, @Body() body: AmendRecommendationDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'AmendRecommendation', body: withTranslations(body, 'text', 'texts') }, envelope);
  }

  private change(id: string, change: RecommendationChange, envelope: CommandEnvelope) {
    return this.commands.execute(new ChangeRecommendationCommand(id, change, envelope));
  }
}
