import * as domain from './index.js';

describe('libs/domain public surface', () => {
  it('exports a decider and a stream helper per aggregate', () => {
    expect(domain.organizationStream('x')).toBe('organization-x');
    expect(domain.planStream('x')).toBe('plan-x');
    expect(domain.activityStream('x')).toBe('activity-x');
    for (const decider of [domain.organizationDecider, domain.planDecider, domain.activityDecider]) {
      expect(decider.initialState()).toEqual({ status: 'none' });
    }
  });

  it('lists every event type once', () => {
    const all = domain.ALL_DOMAIN_EVENT_TYPES;
    expect(new Set(all).size).toBe(all.length);
    expect(domain.DOMAIN_EVENT_TYPES.activity).toContain('FundsDisbursed');
    expect(domain.DOMAIN_EVENT_TYPES.plan).toEqual(['PlanDrafted', 'ObjectiveAdded', 'PlanAdopted', 'PlanRevised', 'PlanClosed']);
  });

  it('lists error codes in UPPER_SNAKE, each once', () => {
    const codes = domain.DOMAIN_ERROR_CODES;
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]+(_[A-Z0-9]+)*$/);
  });
});
