import { given, stateAfter } from '../shared/decider-spec.js';
import type { AmendRecommendation } from './recommendation.commands.js';
import type { RecommendationAmended } from './recommendation.events.js';
import { recommendationDecider } from './recommendation.decider.js';
import { accepted, aRecommendationSubmitted, PROPOSER_ID, RECOMMENDATION_ID, submitted, TARGET_AGENCY_ID } from './recommendation.fixtures.js';

const OTHER_AGENCY_ID = '6f1c2a52-0b8e-4c4e-9a31-000000000002';
const amend = (fields: Partial<AmendRecommendation['data']>): AmendRecommendation => ({ type: 'AmendRecommendation', data: { recommendationId: RECOMMENDATION_ID, reason: 'as worded in the minutes', ...fields } });

describe('recommendation decider: AmendRecommendation (a correction)', () => {
  it('corrects the text and the target agencies in any status: only what changes, before and after', () => {
    const amended: RecommendationAmended = {
      type: 'RecommendationAmended',
      data: { before: { targetAgencyIds: [TARGET_AGENCY_ID] }, after: { targetAgencyIds: [TARGET_AGENCY_ID, OTHER_AGENCY_ID] }, reason: 'as worded in the minutes' },
    };
    given(recommendationDecider, accepted()).when(amend({ targetAgencyIds: [TARGET_AGENCY_ID, OTHER_AGENCY_ID], texts: aRecommendationSubmitted().data.texts })).then([amended]);
    expect(stateAfter(recommendationDecider, [...accepted(), amended])).toMatchObject({ status: 'accepted', targetAgencyIds: [TARGET_AGENCY_ID, OTHER_AGENCY_ID] });
  });

  it('adds the text in another language, keeping the English as stored', () => {
    const { texts } = aRecommendationSubmitted().data;
    given(recommendationDecider, submitted())
      .when(amend({ texts: { tg: 'Кушодани нуқтаи иттилоотӣ дар Кӯлоб' } }))
      .then([{ type: 'RecommendationAmended', data: { before: { texts }, after: { texts: { ...texts, tg: 'Кушодани нуқтаи иттилоотӣ дар Кӯлоб' } }, reason: 'as worded in the minutes' } }]);
  });

  it('corrects the proposers, refusing none', () => {
    const proposers = [PROPOSER_ID, OTHER_AGENCY_ID];
    given(recommendationDecider, submitted())
      .when(amend({ proposedByOrganizationIds: proposers }))
      .then([{ type: 'RecommendationAmended', data: { before: { proposedByOrganizationIds: [PROPOSER_ID] }, after: { proposedByOrganizationIds: proposers }, reason: 'as worded in the minutes' } }]);
    given(recommendationDecider, submitted()).when(amend({ proposedByOrganizationIds: [] })).thenThrows('PROPOSER_REQUIRED', 'proposedByOrganizationIds');
  });

  it('refuses a blank reason, no field, an unknown recommendation; records nothing when nothing changes', () => {
    given(recommendationDecider, submitted()).when(amend({ texts: { en: 'x' }, reason: ' ' })).thenThrows('REASON_REQUIRED', 'reason');
    given(recommendationDecider, submitted()).when(amend({})).thenThrows('AMENDMENT_EMPTY');
    given(recommendationDecider, []).when(amend({ texts: { en: 'x' } })).thenThrows('RECOMMENDATION_NOT_FOUND');
    given(recommendationDecider, submitted()).when(amend({ texts: aRecommendationSubmitted().data.texts })).then([]);
  });
});
