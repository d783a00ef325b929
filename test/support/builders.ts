/** Request bodies with sensible defaults from the worked example; override what a test is about. */

/** A code no other test record holds (acronyms and codes are unique: 409 DUPLICATE_CODE). */
export const uniqueCode = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;

export const anOrganization = (overrides: Record<string, unknown> = {}) => ({
  name: 'Migration Service under the Ministry of Labour, Migration and Population Employment',
  acronym: uniqueCode('MS'),
  kind: 'state_agency',
  country: 'TJ',
  ...overrides,
});

export const aPlan = (overrides: Record<string, unknown> = {}) => ({
  code: `TJ-DIASPORA-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
  title: { en: 'Engagement of the Tajik Diaspora as Development Partners', ru: 'Вовлечение таджикской диаспоры' },
  periodStart: '2015-01-01',
  periodEnd: '2020-12-31',
  coordinatingBody: 'Inter-ministerial commission',
  ...overrides,
});

export const anObjective = (overrides: Record<string, unknown> = {}) => ({
  code: '2',
  title: 'Diaspora investment in local development',
  ...overrides,
});

export const anActivity = (refs: { planId: string; objectiveId: string; leadAgencyId: string }, overrides: Record<string, unknown> = {}) => ({
  ...refs,
  code: '2.3',
  title: 'Information campaign on investing remittances',
  partnerAgencyIds: [],
  plannedStart: '2016-01-01',
  plannedEnd: '2017-06-30',
  locations: [{ province: 'Khatlon', district: 'Kulob' }, { province: 'Sughd' }],
  tags: { sdg: ['10.7'], gcm: ['19'] },
  budget: { amount: '250000.00', currency: 'EUR' },
  ...overrides,
});

export const aProgressReport = (overrides: Record<string, unknown> = {}) => ({
  periodStart: '2016-01-01',
  periodEnd: '2016-06-30',
  percentComplete: 40,
  narrative: 'Two roundtables held in Kulob',
  indicatorValues: [],
  evidence: [{ title: 'Minutes', url: 'https://example.org/minutes.pdf' }],
  ...overrides,
});
