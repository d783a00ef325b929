import { given } from '../shared/decider-spec.js';
import type { RenumberDecision } from './decision.commands.js';
import type { DecisionRenumbered } from './decision.events.js';
import { decisionDecider } from './decision.decider.js';
import { aDecisionImplemented, aDecisionRecorded, aDecisionRevoked, DECISION_ID } from './decision.fixtures.js';
import { decisionContextOf } from './decision.state.js';

const REASON = 'typed 2016/30 for 2016/03';
const renumber = (number: string, reason = REASON): RenumberDecision => ({ type: 'RenumberDecision', data: { decisionId: DECISION_ID, number, reason } });
const renumbered = (before: string, after: string): DecisionRenumbered => ({
  type: 'DecisionRenumbered',
  data: { before: { number: before }, after: { number: after }, reason: REASON },
});

describe('decision decider: RenumberDecision (a correction of the number)', () => {
  it('corrects the number of an open decision, before and after; the decision keeps the new one and nothing else changes', () => {
    const recorded = aDecisionRecorded({ number: 'IMC-2016/30' });
    const state = given(decisionDecider, [recorded])
      .when(renumber('IMC-2016/03'))
      .then([renumbered('IMC-2016/30', 'IMC-2016/03')]);
    expect(state).toMatchObject({ status: 'open', number: 'IMC-2016/03', dueDate: '2016-06-30', titles: recorded.data.titles });
    expect(decisionContextOf(state)).toMatchObject({ status: 'open', decidedOn: '2016-02-20' });
  });

  it.each([
    ['implemented', aDecisionImplemented()],
    ['revoked', aDecisionRevoked()],
  ])('corrects the number of a %s decision too, which stays so', (status, terminal) => {
    const state = given(decisionDecider, [aDecisionRecorded(), terminal])
      .when(renumber('IMC-2016/04'))
      .then([renumbered('IMC-2016/03', 'IMC-2016/04')]);
    expect(state).toMatchObject({ status, number: 'IMC-2016/04' });
  });

  it('records another spelling of the same number (the record keeps the spelling it is given), and nothing for the number stored', () => {
    given(decisionDecider, [aDecisionRecorded({ number: 'imc-2016/03' })])
      .when(renumber('IMC-2016/03'))
      .then([renumbered('imc-2016/03', 'IMC-2016/03')]);
    given(decisionDecider, [aDecisionRecorded()]).when(renumber('IMC-2016/03')).then([]);
  });

  it('refuses an unknown decision, a blank reason and a blank number', () => {
    given(decisionDecider, []).when(renumber('IMC-2016/04')).thenThrows('DECISION_NOT_FOUND');
    given(decisionDecider, [aDecisionRecorded()]).when(renumber('IMC-2016/04', '\u200b')).thenThrows('REASON_REQUIRED', 'reason');
    given(decisionDecider, [aDecisionRecorded()]).when(renumber('  ')).thenThrows('NUMBER_REQUIRED', 'number');
  });
});
