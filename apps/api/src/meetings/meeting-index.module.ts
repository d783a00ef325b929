import { Global, Module } from '@nestjs/common';
import { MeetingRecommendations } from '#application';
import { ReadModelsModule, RecommendationQueries } from '#read-models';

/** The recommendations of a meeting from the read model, for the rule on correcting a meeting's date. */
@Global()
@Module({ imports: [ReadModelsModule], providers: [{ provide: MeetingRecommendations, useExisting: RecommendationQueries }], exports: [MeetingRecommendations] })
export class MeetingIndexModule {}
