import { given, stateAfter } from '../shared/decider-spec.js';
import { aPlanContext, OBJECTIVE_ID, SUB_OBJECTIVE_ID } from '../plan/plan.fixtures.js';
import type { AmendActivity } from './activity.commands.js';
import type { ActivityAmended } from './activity.events.js';
import { activityDecider } from './activity.decider.js';
import { ACTIVITY_ID, aPlanActivity, anActivityPlanned, cancelled, completed, LEAD_AGENCY_ID, PARTNER_ID, planned } from './activity.fixtures.js';

const REASON = 'entered under the wrong objective';
const context = { plan: aPlanContext({ objectiveIds: [OBJECTIVE_ID, SUB_OBJECTIVE_ID] }) };

function anAmendActivity(overrides: Partial<AmendActivity['data']> = {}): AmendActivity {
  return { type: 'AmendActivity', data: { activityId: ACTIVITY_ID, reason: REASON, context, ...overrides } };
}
function anActivityAmended(before: ActivityAmended['data']['before'], after: ActivityAmended['data']['after'], reason = REASON): ActivityAmended {
  return { type: 'ActivityAmended', data: { before, after, reason } };
}

describe('activity decider: AmendActivity (a correction)', () => {
  it('records only the fields that change, each with its value before and after', () => {
    given(activityDecider, planned())
      .when(anAmendActivity({ objectiveId: SUB_OBJECTIVE_ID, titles: { en: 'Information sessions before departure' }, partnerAgencyIds: [PARTNER_ID], tags: { sdg: ['10.7'], gcm: ['19'] } }))
      .then([anActivityAmended({ objectiveId: OBJECTIVE_ID, titles: { en: 'Information sessions for labour migrants before departure' } }, { objectiveId: SUB_OBJECTIVE_ID, titles: { en: 'Information sessions before departure' } })]);
  });

  it('titles name only the languages corrected: the others stay as stored, in the order en, ru, tg', () => {
    given(activityDecider, planned())
      .when(anAmendActivity({ titles: { tg: 'Ҷаласаҳои иттилоотӣ', ru: 'Информационные сессии' } }))
      .then([
        anActivityAmended(
          { titles: { en: 'Information sessions for labour migrants before departure' } },
          { titles: { en: 'Information sessions for labour migrants before departure', ru: 'Информационные сессии', tg: 'Ҷаласаҳои иттилоотӣ' } },
        ),
      ]);
  });

  it('adds a field that was not set (description, budget): no value before', () => {
    given(activityDecider, planned())
      .when(anAmendActivity({ description: 'Pre-departure sessions', budget: { amount: '1000', currency: 'EUR' } }))
      .then([anActivityAmended({}, { description: 'Pre-departure sessions', budget: { amount: '1000.00', currency: 'EUR' } })]);
  });

  it('removes the description, sector and budget with null (before: what they were); removing them again records nothing', () => {
    const details = { description: 'Pre-departure sessions', sectorCode: '15190', budget: { amount: '1000.00', currency: 'EUR' } };
    const set = anActivityAmended({}, details);
    const removed = anActivityAmended(details, { description: null, sectorCode: null, budget: null });
    const state = given(activityDecider, [...planned(), set]).when(anAmendActivity({ description: null, sectorCode: null, budget: null })).then([removed]);
    for (const field of ['description', 'sectorCode', 'budget']) expect(state).not.toHaveProperty(field);
    given(activityDecider, [...planned(), set, removed]).when(anAmendActivity({ description: null, budget: null })).then([]);
  });

  it('compares locations and tags by value, whatever the key order', () => {
    given(activityDecider, planned())
      .when(anAmendActivity({ locations: [{ district: 'Kulob', province: 'Khatlon' }, { province: 'Sughd' }], tags: { gcm: ['19'], sdg: ['10.7'] } }))
      .then([]);
  });

  it('amends a completed or cancelled activity: a mistake found late is still a mistake', () => {
    const swapped = anActivityAmended({ leadAgencyId: LEAD_AGENCY_ID, partnerAgencyIds: [PARTNER_ID] }, { leadAgencyId: PARTNER_ID, partnerAgencyIds: [LEAD_AGENCY_ID] });
    given(activityDecider, completed()).when(anAmendActivity({ leadAgencyId: PARTNER_ID, partnerAgencyIds: [LEAD_AGENCY_ID] })).then([swapped]);
    given(activityDecider, cancelled()).when(anAmendActivity({ leadAgencyId: PARTNER_ID, partnerAgencyIds: [LEAD_AGENCY_ID] })).then([swapped]);
  });

  it('refuses a lead that is also a partner, and a partner named twice, naming partnerAgencyIds', () => {
    given(activityDecider, planned()).when(anAmendActivity({ leadAgencyId: PARTNER_ID })).thenThrows('AGENCY_LISTED_TWICE', 'partnerAgencyIds');
    given(activityDecider, planned()).when(anAmendActivity({ partnerAgencyIds: [PARTNER_ID, PARTNER_ID] })).thenThrows('AGENCY_LISTED_TWICE', 'partnerAgencyIds');
    given(activityDecider, []).when(aPlanActivity({ partnerAgencyIds: [LEAD_AGENCY_ID] })).thenThrows('AGENCY_LISTED_TWICE', 'partnerAgencyIds');
  });

  it('refuses an amendment without a reason', () => {
    given(activityDecider, planned()).when(anAmendActivity({ titles: { en: 'x' }, reason: ' ' })).thenThrows('REASON_REQUIRED', 'reason');
  });

  it('refuses an amendment that names no field', () => {
    given(activityDecider, planned()).when(anAmendActivity()).thenThrows('AMENDMENT_EMPTY');
  });

  it('refuses an objective of another plan, a plan context that is not the activity’s, a budget that is not positive', () => {
    given(activityDecider, planned()).when(anAmendActivity({ objectiveId: '0a5e8f4e-2015-4c4e-9a31-0000000000ff' })).thenThrows('OBJECTIVE_NOT_IN_PLAN', 'objectiveId');
    given(activityDecider, planned()).when(anAmendActivity({ titles: { en: 'x' }, context: { plan: aPlanContext({ planId: '0a5e8f4e-2015-4c4e-9a31-0000000000ee' }) } })).thenThrows('CONTEXT_MISMATCH', 'planId');
    given(activityDecider, planned()).when(anAmendActivity({ budget: { amount: '0', currency: 'EUR' } })).thenThrows('AMOUNT_NOT_POSITIVE', 'budget.amount');
  });

  it('refuses to amend an activity that does not exist', () => {
    given(activityDecider, []).when(anAmendActivity({ titles: { en: 'x' } })).thenThrows('ACTIVITY_NOT_FOUND');
  });

  it('the state takes the amended values (the next amendment records them as before)', () => {
    const state = stateAfter(activityDecider, [anActivityPlanned(), anActivityAmended({ objectiveId: OBJECTIVE_ID }, { objectiveId: SUB_OBJECTIVE_ID })]);
    expect(state).toMatchObject({ status: 'planned', objectiveId: SUB_OBJECTIVE_ID, titles: { en: 'Information sessions for labour migrants before departure' } });
  });
});
