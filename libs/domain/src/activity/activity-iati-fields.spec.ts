import { given } from '../shared/decider-spec.js';
import { aPlanContext } from '../plan/plan.fixtures.js';
import { activityDecider } from './activity.decider.js';
import { ACTIVITY_ID, anActivityPlanned, aPlanActivity, planned } from './activity.fixtures.js';

/** What the IATI export needs of an activity: a code that can end an identifier, a DAC sector. */
describe('activity decider: IATI fields', () => {
  it('keeps a DAC purpose code given when planned', () => {
    given(activityDecider, []).when(aPlanActivity({ sectorCode: '24050' })).then([anActivityPlanned({ sectorCode: '24050' })]);
  });

  it.each(['2 3', '2/3', 'A&B', 'x?y', 'a|b', 'д.1'])('refuses the code %j, which cannot end an IATI identifier', (code) => {
    given(activityDecider, []).when(aPlanActivity({ code })).thenThrows('INVALID_CODE', 'code');
  });

  it('refuses a sector that is no DAC purpose code of the list, when planned or amended', () => {
    given(activityDecider, []).when(aPlanActivity({ sectorCode: '99999' })).thenThrows('UNKNOWN_SECTOR_CODE', 'sectorCode');
    given(activityDecider, planned())
      .when({ type: 'AmendActivity', data: { activityId: ACTIVITY_ID, sectorCode: '1519', reason: 'wrong sector', context: { plan: aPlanContext() } } })
      .thenThrows('UNKNOWN_SECTOR_CODE', 'sectorCode');
  });

  it('amends the sector: before absent, after the code', () => {
    given(activityDecider, planned())
      .when({ type: 'AmendActivity', data: { activityId: ACTIVITY_ID, sectorCode: '15190', reason: 'sector missing', context: { plan: aPlanContext() } } })
      .then([{ type: 'ActivityAmended', data: { before: {}, after: { sectorCode: '15190' }, reason: 'sector missing' } }]);
  });
});
