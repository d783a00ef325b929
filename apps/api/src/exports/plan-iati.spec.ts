import { XMLParser } from 'fast-xml-parser';
import { IATI_SEQUENCES, schemaOrderErrors } from '../../../../test/support/iati-schema.js';
import type { PlanExport } from '#read-models';
import { planIati } from './plan-iati.js';

const ORG = { lead: 'org-lead', eu: 'org-eu', iom: 'org-iom' };

function anExport(overrides: Partial<PlanExport['activities'][number]> = {}): PlanExport {
  return {
    plan: { code: 'TJ-DIASPORA-2015-2020', defaultSectorCode: null, objectives: [{ objectiveId: 'o1', code: '2', title: 'Investment', titles: { en: 'Investment', ru: 'Инвестиции' } }] },
    asOf: '2016-06-30',
    activities: [
      {
        id: 'a1', objectiveId: 'o1', code: '2.3', title: 'Campaign', titles: { en: 'Campaign', tg: 'Маъракаи иттилоотӣ' }, description: null, sectorCode: null,
        status: 'in_progress', leadAgencyId: ORG.lead, partnerAgencyIds: [], plannedStart: '2016-07-01', plannedEnd: '2017-06-30', startedOn: '2016-07-05', completedOn: null,
        locations: [{ province: 'Sughd' }], tags: { sdg: ['10.7'], gcm: ['19'] }, budget: { amount: '1000.00', currency: 'EUR' },
        funding: [], lastUpdatedAt: '2016-08-01T10:00:00.000Z',
        indicators: [
          {
            indicatorId: 'i1', name: 'Migrants informed', names: { en: 'Migrants informed', ru: 'Информированные мигранты' }, type: 'number', unit: 'people', baseline: 0, baselineDate: null,
            target: 500, targets: [], direction: 'increase', disaggregations: [], rollsUpTo: null, latestValue: 120, latestPeriodEnd: '2016-09-30',
          },
        ],
        progressReports: [{ periodStart: '2016-07-01', periodEnd: '2016-09-30', percentComplete: 20, indicatorValues: [{ indicatorId: 'i1', value: 120 }] }],
        evidence: [{ title: 'Q3 report', url: 'https://example.org/q3.pdf', periodStart: '2016-07-01', periodEnd: '2016-09-30' }],
        ...overrides,
      },
    ],
    organizations: new Map([
      [ORG.lead, { id: ORG.lead, name: 'Migration Service', acronym: 'MS', kind: 'state_agency', country: 'TJ' }],
      [ORG.eu, { id: ORG.eu, name: 'European Union', acronym: 'EU', kind: 'donor', country: 'BE', iatiIdentifier: 'XI-IATI-EC_INTPA' }],
      [ORG.iom, { id: ORG.iom, name: 'IOM', acronym: 'IOM', kind: 'international_organization', country: 'CH' }],
    ]),
    transactions: [
      { activityId: 'a1', kind: 'commitment', donorId: ORG.eu, amount: '1000.00', currency: 'EUR', date: '2016-07-01' },
      { activityId: 'a1', kind: 'disbursement', donorId: ORG.iom, amount: '300.00', currency: 'EUR', date: '2016-08-01' },
    ],
  } as unknown as PlanExport;
}

const REPORTING = { ref: 'XM-DAC-99999', name: 'Ministry', type: '10' };
const plain = (xml: string) => new XMLParser({ ignoreAttributes: false, alwaysCreateTextNode: true, parseTagValue: false, isArray: (name) => ['narrative', 'budget', 'transaction', 'participating-org', 'period', 'document-link', 'result'].includes(name) }).parse(xml);

describe('planIati', () => {
  const xml = planIati(anExport(), REPORTING, new Date('2016-10-01T00:00:00Z'));
  const activity = plain(xml)['iati-activities']['iati-activity'];

  it('writes an activity\'s elements, and those inside transactions, budgets, documents and results, in the schema\'s order', () => {
    const { errors, checked, activities } = schemaOrderErrors(xml);
    expect(activities).toBe(1);
    expect(errors).toEqual([]);
    expect([...checked].sort()).toEqual(Object.keys(IATI_SEQUENCES).sort());
  });

  it('the order check itself finds an element out of place', () => {
    const swapped = xml.replace(/(<reporting-org[\s\S]*?<\/reporting-org>)(\s*)(<title>[\s\S]*?<\/title>)/, '$3$2$1');
    expect(schemaOrderErrors(swapped).errors).toEqual(['iati-activity: reporting-org after title']);
  });

  it('always writes a description: one made of the objective and the activity, in each language of the title', () => {
    expect(activity.description.narrative).toEqual([{ '#text': '2. Investment — 2.3. Campaign' }, { '@_xml:lang': 'tg', '#text': '2. Investment — 2.3. Маъракаи иттилоотӣ' }]);
    const own = plain(planIati(anExport({ description: 'Our own words' }), REPORTING, new Date()))['iati-activities']['iati-activity'];
    expect(own.description.narrative).toEqual([{ '#text': 'Our own words' }]);
  });

  it('leaves out the control characters XML cannot hold, which texts recorded before they were refused may carry', () => {
    const file = planIati(anExport({ title: 'Bell\u0007 and escape\u001b', titles: { en: 'Bell\u0007 and escape\u001b' }, description: 'Line one\nline\u000b two' }), REPORTING, new Date());
    expect(file).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const written = plain(file)['iati-activities']['iati-activity'];
    expect(written.title.narrative).toEqual([{ '#text': 'Bell and escape' }]);
    expect(written.description.narrative).toEqual([{ '#text': 'Line one\nline two' }]);
  });

  it('writes the sector: the activity\'s, else the plan\'s default, else 15190, DAC 5-digit vocabulary', () => {
    expect(activity.sector).toMatchObject({ '@_vocabulary': '1', '@_code': '15190' });
    const withPlanDefault = anExport();
    withPlanDefault.plan.defaultSectorCode = '16020';
    expect(plain(planIati(withPlanDefault, REPORTING, new Date()))['iati-activities']['iati-activity'].sector['@_code']).toBe('16020');
    withPlanDefault.activities[0].sectorCode = '24050';
    expect(plain(planIati(withPlanDefault, REPORTING, new Date()))['iati-activities']['iati-activity'].sector['@_code']).toBe('24050');
  });

  it('refers to organisations by their IATI identifier, or by name only: never by an internal id', () => {
    expect(activity['participating-org']).toEqual([
      { '@_ref': 'XI-IATI-EC_INTPA', '@_role': '1', narrative: [{ '#text': 'European Union' }] },
      { '@_type': '40', '@_role': '1', narrative: [{ '#text': 'IOM' }] },
      { '@_type': '15', '@_role': '4', narrative: [{ '#text': 'Migration Service' }] },
    ]);
    expect(xml).not.toMatch(/org-(lead|eu|iom)/);
  });

  it('types transactions from the reporting organisation\'s side: incoming commitment (11) and incoming funds (1)', () => {
    const [commitment, disbursement] = activity.transaction;
    expect(commitment['transaction-type']['@_code']).toBe('11');
    expect(disbursement['transaction-type']['@_code']).toBe('1');
    expect(commitment['provider-org']).toEqual({ '@_ref': 'XI-IATI-EC_INTPA', narrative: [{ '#text': 'European Union' }] });
    expect(disbursement['provider-org']).toEqual({ narrative: [{ '#text': 'IOM' }] });
    expect(disbursement['receiver-org']).toMatchObject({ '@_ref': 'XM-DAC-99999', '@_type': '10' });
    expect(disbursement.value).toEqual({ '@_currency': 'EUR', '@_value-date': '2016-08-01', '#text': '300.00' });
  });

  it('writes yearly budgets with value dates, the results with baseline, target and actual per period, documents and the plan as parent', () => {
    expect(activity.budget.map((b: Record<string, { '@_iso-date': string }>) => b['period-start']['@_iso-date'])).toEqual(['2016-07-01', '2017-01-01']);
    expect(activity.budget[1].value['@_value-date']).toBe('2017-01-01');
    const [result] = activity.result;
    expect(result['@_type']).toBe('1');
    expect(result.indicator.title.narrative).toEqual([{ '#text': 'Migrants informed' }, { '@_xml:lang': 'ru', '#text': 'Информированные мигранты' }]);
    expect(result.indicator.baseline).toMatchObject({ '@_year': '2016', '@_value': '0' });
    expect(result.indicator.period[0]).toMatchObject({ target: { '@_value': '500' }, actual: { '@_value': '120' } });
    expect(activity['document-link'][0]).toMatchObject({ '@_url': 'https://example.org/q3.pdf', '@_format': 'application/pdf', category: { '@_code': 'A07' } });
    expect(activity['related-activity']).toMatchObject({ '@_ref': 'XM-DAC-99999-TJ-DIASPORA-2015-2020', '@_type': '1' });
    expect(activity['@_last-updated-datetime']).toBe('2016-08-01T10:00:00.000Z');
    expect(activity['iati-identifier']['#text']).toBe('XM-DAC-99999-TJ-DIASPORA-2015-2020-2.3');
  });

  it('writes recipient countries given with their percentages, Tajikistan 100 % otherwise', () => {
    expect(activity['recipient-country']).toMatchObject({ '@_code': 'TJ', '@_percentage': '100' });
    const two = plain(planIati(anExport({ recipientCountries: [{ code: 'TJ', percentage: 60 }, { code: 'KG', percentage: 40 }] }), REPORTING, new Date()));
    expect(two['iati-activities']['iati-activity']['recipient-country']).toMatchObject([{ '@_code': 'TJ', '@_percentage': '60' }, { '@_code': 'KG', '@_percentage': '40' }]);
  });

  it('escapes markup in text', () => {
    const escaped = planIati(anExport({ titles: { en: 'Roads & <bridges>' } }), REPORTING, new Date());
    expect(escaped).toContain('Roads &amp; &lt;bridges&gt;');
  });

  it('writes the results framework: measure, ascending, dated baseline, yearly milestones, and an actual per category with its dimension', () => {
    const framework = anExport({
      indicators: [
        {
          indicatorId: 'i1', name: 'Communities reached', names: { en: 'Communities reached' }, type: 'number', unit: 'communities', baseline: 0, baselineDate: '2015-12-31',
          target: 500, targets: [{ year: 2016, value: 150 }, { year: 2017, value: 500 }], direction: 'increase', disaggregations: ['country'], rollsUpTo: null, latestValue: 140, latestPeriodEnd: '2016-12-31',
        },
        {
          indicatorId: 'i2', name: 'Irregular departures', names: { en: 'Irregular departures' }, type: 'percentage', unit: '%', baseline: 40, baselineDate: null,
          target: 10, targets: [], direction: 'decrease', disaggregations: [], rollsUpTo: null, latestValue: null, latestPeriodEnd: null,
        },
      ] as never,
      progressReports: [
        { periodStart: '2016-07-01', periodEnd: '2016-12-31', percentComplete: 20, indicatorValues: [{ indicatorId: 'i1', value: 140, categories: [{ dimension: 'country', category: 'TJ', value: 110 }, { dimension: 'country', category: 'KG', value: 30 }] }] },
      ],
    });
    const written = planIati(framework, REPORTING, new Date());
    expect(schemaOrderErrors(written).errors).toEqual([]);
    const [communities, departures] = plain(written)['iati-activities']['iati-activity'].result.map((r: { indicator: unknown }) => r.indicator);
    expect(communities).toMatchObject({ '@_measure': '1', '@_ascending': '1', baseline: { '@_year': '2015', '@_iso-date': '2015-12-31', '@_value': '0' } });
    expect(communities.period).toMatchObject([
      {
        'period-start': { '@_iso-date': '2016-01-01' },
        'period-end': { '@_iso-date': '2016-12-31' },
        target: { '@_value': '150' },
        actual: [
          { '@_value': '140' },
          { '@_value': '110', dimension: { '@_name': 'country', '@_value': 'TJ' } },
          { '@_value': '30', dimension: { '@_name': 'country', '@_value': 'KG' } },
        ],
      },
      { 'period-start': { '@_iso-date': '2017-01-01' }, 'period-end': { '@_iso-date': '2017-12-31' }, target: { '@_value': '500' } },
    ]);
    // A percentage that should fall, never reported: no period, and the baseline dated by the activity's start.
    expect(departures).toMatchObject({ '@_measure': '2', '@_ascending': '0', baseline: { '@_year': '2016', '@_value': '40' } });
    expect(departures.period).toBeUndefined();
  });

  it('names the identifiers an activity had before a correction of its code or its plan\'s as previous ones (A3), after the participating organisations', () => {
    expect(activity['other-identifier']).toBeUndefined();
    const recoded = anExport({ code: '2.3', formerCodes: [{ code: '2.33', until: '2016-08-02T09:00:00.000Z' }], firstRecordedAt: '2016-07-01T08:00:00.000Z' });
    recoded.plan.formerCodes = [{ code: 'TJ-DIASPORA-2051-2020', until: '2016-07-15T12:00:00.000Z' }];
    const written = planIati(recoded, REPORTING, new Date());
    expect(schemaOrderErrors(written).errors).toEqual([]);
    const names = [...written.matchAll(/^ {4}<([a-z-]+)/gm)].map((m) => m[1]);
    expect(names.slice(names.indexOf('participating-org'), names.indexOf('activity-status') + 1)).toEqual([
      'participating-org', 'participating-org', 'participating-org', 'other-identifier', 'other-identifier', 'activity-status',
    ]);
    expect(plain(written)['iati-activities']['iati-activity']['iati-identifier']['#text']).toBe('XM-DAC-99999-TJ-DIASPORA-2015-2020-2.3');
    // The plan was TJ-DIASPORA-2051-2020 from before the activity to 15 July; the activity 2.33 until 2 August.
    expect(written.match(/<other-identifier [^>]*\/>/g)).toEqual([
      '<other-identifier ref="XM-DAC-99999-TJ-DIASPORA-2051-2020-2.33" type="A3"/>',
      '<other-identifier ref="XM-DAC-99999-TJ-DIASPORA-2015-2020-2.33" type="A3"/>',
    ]);
  });
});
