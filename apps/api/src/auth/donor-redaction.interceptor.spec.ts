import { withoutOtherDonors } from './donor-redaction.interceptor.js';

const EU = '11111111-1111-4111-8111-111111111111';
const UNICEF = '22222222-2222-4222-8222-222222222222';

describe('withoutOtherDonors', () => {
  it('drops every entry naming another donor, at any depth, and keeps the aggregates', () => {
    const dashboard = {
      planId: 'p',
      budget: [{ currency: 'EUR', planned: '100.00', committed: '80.00', disbursed: '10.00' }],
      byDonor: [
        { donorId: EU, currency: 'EUR', committed: '50.00' },
        { donorId: UNICEF, currency: 'EUR', committed: '30.00' },
      ],
      activities: { items: [{ id: 'a', funding: [{ donorId: UNICEF, committed: '30.00' }, { donorId: EU.toUpperCase(), committed: '50.00' }] }] },
    };
    expect(withoutOtherDonors(dashboard, EU)).toEqual({
      planId: 'p',
      budget: [{ currency: 'EUR', planned: '100.00', committed: '80.00', disbursed: '10.00' }],
      byDonor: [{ donorId: EU, currency: 'EUR', committed: '50.00' }],
      activities: { items: [{ id: 'a', funding: [{ donorId: EU.toUpperCase(), committed: '50.00' }] }] },
    });
    expect(JSON.stringify(withoutOtherDonors(dashboard, EU))).not.toContain(UNICEF);
  });

  it('leaves answers without donor entries as they are', () => {
    expect(withoutOtherDonors({ a: [1, 'x', null], b: { c: true } }, EU)).toEqual({ a: [1, 'x', null], b: { c: true } });
    expect(withoutOtherDonors('text', EU)).toBe('text');
  });
});
