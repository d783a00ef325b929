import { parseStreamName, STREAM_PREFIXES } from './streams.js';

describe('streams', () => {
  it('has the prefixes of the design', () => {
    expect([...STREAM_PREFIXES].sort()).toEqual(['activity-', 'code_reservation-', 'commission_session-', 'decision-', 'meeting-', 'organization-', 'plan-', 'recommendation-', 'user-']);
  });

  it('parses our stream names and ignores others', () => {
    expect(parseStreamName('commission_session-42')).toEqual({ aggregate: 'commission_session', id: '42' });
    expect(parseStreamName('plan-abc')).toEqual({ aggregate: 'plan', id: 'abc' });
    expect(parseStreamName('$et-PlanDrafted')).toBeUndefined();
    expect(parseStreamName('plan-')).toBeUndefined();
    expect(parseStreamName('code_reservation-abc')).toBeUndefined();
  });
});
