import { given, stateAfter } from '../shared/decider-spec.js';
import type { AmendDecision } from './decision.commands.js';
import type { DecisionAmended } from './decision.events.js';
import { decisionDecider } from './decision.decider.js';
import { aDecisionRecorded, aDecisionRevoked, DECISION_ID, RESPONSIBLE_AGENCY_ID } from './decision.fixtures.js';

const OTHER_AGENCY_ID = '6f1c2a52-0b8e-4c4e-9a31-000000000002';
const amend = (fields: Partial<AmendDecision['data']>): AmendDecision => ({ type: 'AmendDecision', data: { decisionId: DECISION_ID, reason: 'minutes say September', ...fields } });

describe('decision decider: AmendDecision (a correction)', () => {
  it('corrects text, due date and responsible agencies: only what changes, before and after', () => {
    const amended: DecisionAmended = {
      type: 'DecisionAmended',
      data: { before: { dueDate: '2016-06-30', responsibleAgencyIds: [RESPONSIBLE_AGENCY_ID] }, after: { dueDate: '2016-09-30', responsibleAgencyIds: [OTHER_AGENCY_ID] }, reason: 'minutes say September' },
    };
    given(decisionDecider, [aDecisionRecorded()]).when(amend({ dueDate: '2016-09-30', responsibleAgencyIds: [OTHER_AGENCY_ID], text: aDecisionRecorded().data.text })).then([amended]);
    expect(stateAfter(decisionDecider, [aDecisionRecorded(), amended])).toMatchObject({ dueDate: '2016-09-30', responsibleAgencyIds: [OTHER_AGENCY_ID] });
  });

  it('sets a due date the decision did not have (no value before)', () => {
    given(decisionDecider, [aDecisionRecorded({ dueDate: undefined })])
      .when(amend({ dueDate: '2016-09-30' }))
      .then([{ type: 'DecisionAmended', data: { before: {}, after: { dueDate: '2016-09-30' }, reason: 'minutes say September' } }]);
  });

  it('removes the due date with null (before: what it was); removing it again records nothing', () => {
    const removed: DecisionAmended = { type: 'DecisionAmended', data: { before: { dueDate: '2016-06-30' }, after: { dueDate: null }, reason: 'minutes say September' } };
    given(decisionDecider, [aDecisionRecorded()]).when(amend({ dueDate: null })).then([removed]);
    expect(stateAfter(decisionDecider, [aDecisionRecorded(), removed])).not.toHaveProperty('dueDate');
    given(decisionDecider, [aDecisionRecorded(), removed]).when(amend({ dueDate: null })).then([]);
  });

  it('amends a revoked decision too; refuses a due date before the session, a blank reason, no field, an unknown decision', () => {
    given(decisionDecider, [aDecisionRecorded(), aDecisionRevoked()]).when(amend({ text: 'corrected' })).then([{ type: 'DecisionAmended', data: { before: { text: aDecisionRecorded().data.text }, after: { text: 'corrected' }, reason: 'minutes say September' } }]);
    given(decisionDecider, [aDecisionRecorded()]).when(amend({ dueDate: '2016-01-01' })).thenThrows('DUE_DATE_BEFORE_DECISION', 'dueDate');
    given(decisionDecider, [aDecisionRecorded()]).when(amend({ text: 'x', reason: '' })).thenThrows('REASON_REQUIRED', 'reason');
    given(decisionDecider, [aDecisionRecorded()]).when(amend({})).thenThrows('AMENDMENT_EMPTY');
    given(decisionDecider, []).when(amend({ text: 'x' })).thenThrows('DECISION_NOT_FOUND');
  });
});
