import { dashboardForDonor } from './donor-view.js';
import type { Dashboard } from './dashboard.js';

const EU = '11111111-1111-4111-8111-111111111111';
const UK = '22222222-2222-4222-8222-222222222222';

describe('dashboardForDonor', () => {
  const dashboard = {
    planId: 'p',
    budget: [
      { currency: 'CHF', planned: '0.00', committed: '70.00', disbursed: '0.00' },
      { currency: 'EUR', planned: '1000.00', committed: '1000.00', disbursed: '100.00' },
      { currency: 'GBP', planned: '30000.00', committed: '25000.00', disbursed: '15000.00' },
    ],
    byDonor: [
      { donorId: EU, name: 'EU', currency: 'EUR', committed: '600.00', disbursed: '100.00', activities: 1 },
      { donorId: UK, name: 'UK', currency: 'CHF', committed: '70.00', disbursed: '0.00', activities: 1 },
      { donorId: UK, name: 'UK', currency: 'EUR', committed: '400.00', disbursed: '0.00', activities: 1 },
      { donorId: UK, name: 'UK', currency: 'GBP', committed: '25000.00', disbursed: '15000.00', activities: 1 },
    ],
  } as unknown as Dashboard;

  it('committed and disbursed of the donor’s own funding; planned kept; lines only others fund dropped', () => {
    const view = dashboardForDonor(dashboard, EU.toUpperCase());
    expect(view.budget).toEqual([
      { currency: 'EUR', planned: '1000.00', committed: '600.00', disbursed: '100.00' },
      { currency: 'GBP', planned: '30000.00', committed: '0.00', disbursed: '0.00' },
    ]);
    expect(view.byDonor).toEqual([dashboard.byDonor[0]]);
    expect(JSON.stringify(view)).not.toContain(UK);
  });

  it('does not change the dashboard it was given (a cached one may be shared)', () => {
    const copy = structuredClone(dashboard);
    dashboardForDonor(dashboard, EU);
    expect(dashboard).toEqual(copy);
  });
});
