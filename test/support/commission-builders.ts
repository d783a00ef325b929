/** Request bodies for the commission side (sessions, decisions, recommendations), worked-example defaults. */
export const aSession = (overrides: Record<string, unknown> = {}) => ({
  number: '4',
  scheduledOn: '2015-12-10',
  agenda: ['Implementation of the 2015–2020 plan', 'Recommendations of the technical meeting of 18 November'],
  ...overrides,
});

export const aSessionHeld = (attendeeOrganizationIds: string[], overrides: Record<string, unknown> = {}) => ({
  heldOn: '2015-12-10',
  attendeeOrganizationIds,
  minutesRef: 'Minutes IMC-2015/4',
  ...overrides,
});

export const aDecision = (sessionId: string, overrides: Record<string, unknown> = {}) => ({
  sessionId,
  number: 'IMC-2015/07',
  title: 'Information campaign on investing remittances',
  text: 'The Migration Service shall run an information campaign in Sughd and Khatlon.',
  kind: 'assign_responsibility',
  responsibleAgencyIds: [],
  dueDate: '2016-06-30',
  relatedActivityIds: [],
  relatedRecommendationIds: [],
  ...overrides,
});

export const aRecommendation = (proposedByOrganizationId: string, overrides: Record<string, unknown> = {}) => ({
  source: { kind: 'technical_meeting', title: 'Technical meeting of 18 November', heldOn: '2015-11-18' },
  text: 'Open a one-stop information point for diaspora investors in Khujand.',
  proposedByOrganizationId,
  targetAgencyIds: [],
  ...overrides,
});
