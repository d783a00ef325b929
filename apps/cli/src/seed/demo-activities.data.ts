import type { DemoActivity } from './demo-data.types.js';

/* Activities of both plans across Sughd and Khatlon (and Dushanbe), one reaching into Kyrgyzstan; illustrative figures. */

const sughd = (district?: string) => (district ? { province: 'Sughd', district } : { province: 'Sughd' });
const khatlon = (district?: string) => (district ? { province: 'Khatlon', district } : { province: 'Khatlon' });
const dushanbe = { province: 'Dushanbe' };
/** Areas of Kyrgyzstan, by their ISO 3166-2 codes. */
const kyrgyzstan = (province: string) => ({ country: 'KG', province });
const eur = (amount: string) => ({ amount, currency: 'EUR' });
const usd = (amount: string) => ({ amount, currency: 'USD' });

export const ACTIVITIES: DemoActivity[] = [
  // ── 2011–2014 ────────────────────────────────────────────────────────────────────────────────
  {
    plan: '2011', objective: '1', code: '1.1', title: 'Diaspora focal point in the Migration Service', lead: 'ms', partners: ['iom'],
    plannedStart: '2011-04-01', plannedEnd: '2012-06-30', locations: [dushanbe], sdg: ['10.7'], gcm: ['19'], budget: usd('40000.00'),
    course: { startedOn: '2011-04-15', reports: [['2011-12-31', 50], ['2012-06-30', 100, 'Focal point staffed and trained']], completedOn: '2012-06-30' },
  },
  {
    plan: '2011', objective: '1', code: '1.2', title: 'Database of diaspora associations abroad', lead: 'mfa', partners: ['ms', 'peshraft'],
    plannedStart: '2011-06-01', plannedEnd: '2013-12-31', locations: [dushanbe], sdg: ['17.18'], gcm: ['19'],
    course: { startedOn: '2011-07-01', reports: [['2012-06-30', 30], ['2013-06-30', 60], ['2013-12-31', 90]], completedOn: '2014-03-31' },
  },
  {
    plan: '2011', objective: '2', code: '2.1', title: 'Study of remittance flows to Sughd and Khatlon', lead: 'iom', partners: ['molmpe'],
    plannedStart: '2011-05-01', plannedEnd: '2011-12-31', locations: [sughd(), khatlon()], sdg: ['10.c'], gcm: ['20'], budget: usd('60000.00'),
    course: {
      startedOn: '2011-05-10', reports: [['2011-12-15', 100, 'Study published']], completedOn: '2011-12-20',
      funding: [{ donor: 'iom', currency: 'USD', committed: { amount: '60000.00', on: '2011-05-01' }, disbursed: [{ amount: '60000.00', on: '2011-06-01' }] }],
    },
  },
  {
    plan: '2011', objective: '2', code: '2.2', title: 'Pilot matching grants for diaspora investment in Kulob', lead: 'scis', partners: ['acted'],
    plannedStart: '2012-01-01', plannedEnd: '2014-06-30', locations: [khatlon('Kulob')], sdg: ['10.7', '8.3'], gcm: ['19'], budget: eur('400000.00'),
    course: {
      startedOn: '2012-03-01',
      indicator: { name: 'Enterprises co-financed by the diaspora', unit: 'enterprises', baseline: 0, target: 25, values: [5, 14, 21] },
      funding: [
        {
          donor: 'eu', currency: 'EUR', committed: { amount: '400000.00', on: '2012-02-01', reference: 'DCI-MIGR/2011/281-334' },
          disbursed: [{ amount: '150000.00', on: '2012-04-01' }, { amount: '150000.00', on: '2013-04-01' }, { amount: '90000.00', on: '2014-04-01' }],
        },
      ],
      reports: [['2012-12-31', 25], ['2013-12-31', 60], ['2014-06-30', 85]],
      rescheduled: { plannedEnd: '2014-12-31', reason: 'The second grant round was delayed by bank licensing', on: '2014-05-15' },
      completedOn: '2014-12-15',
    },
  },
  {
    plan: '2011', objective: '2', code: '2.3', title: 'Financial literacy sessions for migrant families in Isfara', lead: 'acted', partners: ['ms'],
    plannedStart: '2012-09-01', plannedEnd: '2013-08-31', locations: [sughd('Isfara')], sdg: ['10.c'], gcm: ['20'], budget: eur('80000.00'),
    course: {
      startedOn: '2012-09-15', reports: [['2013-02-28', 50], ['2013-08-31', 100]], completedOn: '2013-08-30',
      funding: [{ donor: 'eu', currency: 'EUR', committed: { amount: '80000.00', on: '2012-08-01' }, disbursed: [{ amount: '80000.00', on: '2012-10-01' }] }],
    },
  },
  {
    plan: '2011', objective: '3', code: '3.1', title: 'Pre-departure information centres in Khujand and Bokhtar', lead: 'ms', partners: ['iom'],
    plannedStart: '2011-09-01', plannedEnd: '2014-12-31', locations: [sughd('Khujand'), khatlon('Bokhtar')], sdg: ['10.7'], gcm: ['3'], budget: usd('120000.00'),
    course: {
      startedOn: '2011-10-01', reports: [['2012-09-30', 20], ['2013-09-30', 55], ['2014-09-30', 80]], completedOn: '2014-12-20',
      funding: [{ donor: 'iom', currency: 'USD', committed: { amount: '120000.00', on: '2011-09-01' }, disbursed: [{ amount: '60000.00', on: '2011-10-15' }, { amount: '50000.00', on: '2012-10-15' }] }],
    },
  },
  {
    plan: '2011', objective: '3', code: '3.2', title: 'Hotline for Tajik migrants in the Russian Federation', lead: 'mfa', partners: ['ms'],
    plannedStart: '2012-01-01', plannedEnd: '2013-12-31', locations: [dushanbe], sdg: ['10.7'], gcm: ['3'],
    course: { cancelled: { on: '2012-05-15', reason: 'Merged into the consular service’s own hotline' } },
  },
  {
    plan: '2011', objective: '3', code: '3.3', title: 'Support to children of migrants left behind in Kulob', lead: 'unicef', partners: ['molmpe'],
    plannedStart: '2013-01-01', plannedEnd: '2014-12-31', locations: [khatlon('Kulob')], sdg: ['16.2'], gcm: ['7'], budget: usd('90000.00'),
    course: {
      startedOn: '2013-02-01', reports: [['2013-12-31', 45], ['2014-12-31', 100]], completedOn: '2014-12-31',
      funding: [{ donor: 'unicef', currency: 'USD', committed: { amount: '90000.00', on: '2013-01-15' }, disbursed: [{ amount: '45000.00', on: '2013-02-15' }, { amount: '45000.00', on: '2014-02-15' }] }],
    },
  },

  // ── 2015–2020 ────────────────────────────────────────────────────────────────────────────────
  {
    plan: '2015', objective: '1', code: '1.1', title: 'Draft law on the diaspora', titleTranslations: { ru: 'Проект закона о диаспоре', tg: 'Лоиҳаи қонун дар бораи диаспора' }, lead: 'molmpe', partners: ['mfa'],
    plannedStart: '2015-04-01', plannedEnd: '2016-12-31', locations: [dushanbe], sdg: ['10.7'], gcm: ['19'],
    course: {
      startedOn: '2015-05-01', reports: [['2015-12-31', 30], ['2016-12-15', 70]],
      rescheduled: { plannedEnd: '2018-06-30', reason: 'Parliament returned the draft for public consultation', on: '2016-12-20' },
      completedOn: '2018-05-30',
    },
  },
  {
    plan: '2015', objective: '1', code: '1.2', title: 'Diaspora coordination council', titleTranslations: { ru: 'Координационный совет диаспоры', tg: 'Шӯрои ҳамоҳангсозии диаспора' }, lead: 'ms', partners: ['molmpe', 'peshraft'],
    plannedStart: '2015-06-01', plannedEnd: '2015-12-31', locations: [dushanbe], sdg: ['17.17'], gcm: ['19'],
    course: { startedOn: '2015-06-15', reports: [['2015-12-15', 100, 'Council met twice']], completedOn: '2015-12-20' },
  },
  {
    plan: '2015', objective: '1', code: '1.3', title: 'Diaspora affairs unit in the Ministry of Foreign Affairs', lead: 'mfa', partners: [],
    plannedStart: '2017-01-01', plannedEnd: '2017-12-31', locations: [dushanbe], sdg: ['17.18'], gcm: ['19'],
    course: { startedOn: '2017-01-15', reports: [['2017-06-30', 60]], completedOn: '2017-11-30' },
  },
  {
    plan: '2015', objective: '1.1', code: '1.1.1', title: 'Consular outreach days for Tajik citizens in Moscow and St Petersburg', lead: 'mfa', partners: ['ms', 'iom'],
    plannedStart: '2015-09-01', plannedEnd: '2018-12-31', locations: [], sdg: ['10.7'], gcm: ['14'], budget: usd('150000.00'),
    course: {
      startedOn: '2015-10-01', reports: [['2016-09-30', 35], ['2017-09-30', 70], ['2018-09-30', 90]], completedOn: '2018-12-15',
      funding: [{ donor: 'iom', currency: 'USD', committed: { amount: '150000.00', on: '2015-09-15' }, disbursed: [{ amount: '75000.00', on: '2015-11-01' }, { amount: '60000.00', on: '2016-11-01' }] }],
    },
  },
  {
    plan: '2015', objective: '1.1', code: '1.1.2', title: 'Registration of diaspora associations through consulates', lead: 'mfa', partners: ['ms', 'peshraft'],
    plannedStart: '2016-07-01', plannedEnd: '2019-12-31', locations: [dushanbe], sdg: ['17.18'], gcm: ['19'],
    course: {
      startedOn: '2016-09-01',
      indicator: { name: 'Registered diaspora associations', unit: 'associations', baseline: 12, target: 60, values: [18, 29, 37] },
      reports: [['2017-06-30', 20], ['2018-06-30', 45], ['2019-06-30', 60]],
    },
  },
  {
    plan: '2015', objective: '1.1', code: '1.1.3', title: 'Online portal for diaspora associations', lead: 'ms', partners: ['peshraft'],
    plannedStart: '2018-01-01', plannedEnd: '2019-06-30', locations: [dushanbe], sdg: ['17.8'], gcm: ['19'], course: {},
  },
  {
    plan: '2015', objective: '2', code: '2.1', title: 'Diaspora investment forum in Dushanbe', lead: 'scis', partners: ['molmpe', 'peshraft'],
    plannedStart: '2015-05-01', plannedEnd: '2015-09-30', locations: [dushanbe], sdg: ['17.3'], gcm: ['19'], budget: eur('60000.00'),
    course: {
      startedOn: '2015-05-15', reports: [['2015-09-18', 100, 'Forum held with 240 participants']], completedOn: '2015-09-18',
      funding: [{ donor: 'eu', currency: 'EUR', committed: { amount: '60000.00', on: '2015-04-20' }, disbursed: [{ amount: '60000.00', on: '2015-06-01' }] }],
    },
  },
  {
    plan: '2015', objective: '2', code: '2.2', title: 'Guarantee scheme for diaspora investment', lead: 'scis', partners: ['molmpe'],
    plannedStart: '2016-01-01', plannedEnd: '2018-12-31', locations: [dushanbe], sdg: ['17.3'], gcm: ['19'],
    course: { cancelled: { on: '2016-01-20', reason: 'The commission rejected a state guarantee fund (IMC-2015/09)' } },
  },
  {
    plan: '2015', objective: '2', code: '2.3', title: 'Feasibility study for diaspora bonds', lead: 'scis', partners: [],
    plannedStart: '2019-06-01', plannedEnd: '2020-03-31', locations: [dushanbe], sdg: ['17.3'], gcm: ['19'], course: {},
  },
  {
    plan: '2015', objective: '2.1', code: '2.1.1', title: 'One-stop information point for diaspora investors in Khujand', lead: 'ms', partners: ['iom', 'scis'],
    plannedStart: '2016-02-01', plannedEnd: '2017-08-31', locations: [sughd('Khujand')], sdg: ['10.7', '17.3'], gcm: ['19'], budget: usd('85000.00'),
    course: {
      startedOn: '2016-02-15',
      indicator: { name: 'Investor enquiries handled', unit: 'enquiries', baseline: 0, target: 300, values: [80, 190, 320] },
      funding: [{ donor: 'iom', currency: 'USD', committed: { amount: '85000.00', on: '2016-01-20' }, disbursed: [{ amount: '40000.00', on: '2016-03-01' }, { amount: '45000.00', on: '2017-03-01' }] }],
      reports: [['2016-08-31', 40], ['2017-02-28', 75], ['2017-08-31', 100, 'Information point open since August 2017']],
      completedOn: '2017-08-31',
    },
  },
  {
    plan: '2015', objective: '2.1', code: '2.1.2', title: 'Matching grants for diaspora investment in Dousti and Kulob', lead: 'acted', partners: ['scis', 'peshraft'],
    plannedStart: '2016-03-01', plannedEnd: '2019-12-31', locations: [khatlon('Dousti'), khatlon('Kulob'), sughd(), kyrgyzstan('KG-O'), kyrgyzstan('KG-B'), kyrgyzstan('KG-J')], sdg: ['8.3', '10.7'], gcm: ['19'], budget: eur('900000.00'),
    course: {
      startedOn: '2016-04-01',
      indicator: { name: 'Enterprises co-financed by the diaspora', unit: 'enterprises', baseline: 0, target: 40, values: [4, 13, 24, 33] },
      funding: [
        {
          donor: 'eu', currency: 'EUR', committed: { amount: '900000.00', on: '2016-02-15', reference: 'DCI-MIGR/2015/371-120' },
          disbursed: [{ amount: '300000.00', on: '2016-04-15' }, { amount: '250000.00', on: '2017-04-15' }, { amount: '250000.00', on: '2018-04-15' }],
        },
      ],
      reports: [['2016-12-31', 15], ['2017-12-31', 40], ['2018-12-31', 65], ['2019-12-31', 85]],
    },
  },
  {
    plan: '2015', objective: '2.1', code: '2.1.3', title: 'Remittance-backed agricultural investment in Khatlon', lead: 'fao', partners: ['molmpe', 'acted'],
    plannedStart: '2016-09-01', plannedEnd: '2019-08-31', locations: [khatlon('Bokhtar'), khatlon('Vose'), khatlon('Dousti')], sdg: ['2.3', '10.c'], gcm: ['20'], budget: usd('450000.00'),
    course: {
      startedOn: '2016-10-01',
      funding: [
        { donor: 'fao', currency: 'USD', committed: { amount: '250000.00', on: '2016-09-15' }, disbursed: [{ amount: '100000.00', on: '2016-11-01' }, { amount: '100000.00', on: '2017-11-01' }, { amount: '50000.00', on: '2018-11-01' }] },
        { donor: 'eu', currency: 'EUR', committed: { amount: '200000.00', on: '2017-03-01' }, disbursed: [{ amount: '120000.00', on: '2017-05-01' }] },
      ],
      reports: [['2017-09-30', 30], ['2018-09-30', 60], ['2019-08-31', 100]],
      completedOn: '2019-08-30',
    },
  },
  {
    plan: '2015', objective: '2.1', code: '2.1.4', title: 'Financial literacy for migrants’ households in Isfara and Konibodom', lead: 'acted', partners: ['ms'],
    plannedStart: '2017-01-01', plannedEnd: '2018-12-31', locations: [sughd('Isfara'), sughd('Konibodom')], sdg: ['10.c'], gcm: ['20'], budget: eur('120000.00'),
    course: {
      startedOn: '2017-02-01', reports: [['2017-12-31', 50], ['2018-12-15', 100]], completedOn: '2018-12-20',
      funding: [{ donor: 'eu', currency: 'EUR', committed: { amount: '120000.00', on: '2017-01-10' }, disbursed: [{ amount: '60000.00', on: '2017-02-15' }, { amount: '60000.00', on: '2018-02-15' }] }],
    },
  },
  {
    plan: '2015', objective: '2.1', code: '2.1.5', title: 'Remittance savings products with local banks in Panjakent', lead: 'scis', partners: ['iom'],
    plannedStart: '2018-03-01', plannedEnd: '2020-06-30', locations: [sughd('Panjakent')], sdg: ['10.c'], gcm: ['20'],
    course: {
      startedOn: '2018-04-01', reports: [['2018-12-31', 25], ['2019-12-31', 40]],
      suspended: { on: '2020-04-01', reason: 'Partner banks froze new products during the COVID-19 outbreak' },
    },
  },
  {
    plan: '2015', objective: '3', code: '3.1', title: 'Return of diaspora health professionals on short assignments', lead: 'molmpe', partners: ['iom'],
    plannedStart: '2015-09-01', plannedEnd: '2018-08-31', locations: [dushanbe, sughd('Khujand')], sdg: ['3.c'], gcm: ['18'], budget: usd('200000.00'),
    course: {
      startedOn: '2015-11-01',
      indicator: { name: 'Diaspora experts on assignment', unit: 'experts', baseline: 0, target: 30, values: [9, 21, 31] },
      funding: [{ donor: 'iom', currency: 'USD', committed: { amount: '200000.00', on: '2015-10-01' }, disbursed: [{ amount: '100000.00', on: '2015-12-01' }, { amount: '100000.00', on: '2016-12-01' }] }],
      reports: [['2016-10-31', 30], ['2017-10-31', 65], ['2018-08-31', 100]],
      completedOn: '2018-08-31',
    },
  },
  {
    plan: '2015', objective: '3', code: '3.2', title: 'Teaching assignments of diaspora academics in Khujand', lead: 'ms', partners: ['peshraft'],
    plannedStart: '2016-09-01', plannedEnd: '2018-06-30', locations: [sughd('Khujand')], sdg: ['4.b'], gcm: ['18'],
    course: { startedOn: '2016-09-15', reports: [['2017-06-30', 40], ['2018-06-29', 80]], completedOn: '2018-06-29' },
  },
  {
    plan: '2015', objective: '3', code: '3.3', title: 'Recognition of skills of returning migrants', lead: 'molmpe', partners: ['iom'],
    plannedStart: '2017-01-01', plannedEnd: '2020-12-31', locations: [khatlon('Kulob'), khatlon('Bokhtar'), sughd('Istaravshan')], sdg: ['8.8'], gcm: ['18'], budget: eur('500000.00'),
    course: {
      startedOn: '2017-04-01',
      funding: [
        {
          donor: 'eu', currency: 'EUR', committed: { amount: '500000.00', on: '2017-02-01' },
          disbursed: [{ amount: '200000.00', on: '2017-04-15' }, { amount: '150000.00', on: '2018-04-15' }, { amount: '100000.00', on: '2019-04-15' }],
        },
      ],
      reports: [['2017-12-31', 15], ['2018-12-31', 35], ['2019-12-31', 55], ['2020-12-31', 70]],
    },
  },
  {
    plan: '2015', objective: '3', code: '3.4', title: 'Mentoring of young entrepreneurs by diaspora business people in Dousti', lead: 'peshraft', partners: ['acted'],
    plannedStart: '2019-01-01', plannedEnd: '2020-06-30', locations: [khatlon('Dousti')], sdg: ['8.3'], gcm: ['19'], budget: { amount: '25000.00', currency: 'GBP' },
    course: {
      startedOn: '2019-03-01', reports: [['2019-12-31', 45]],
      funding: [{ donor: 'peshraft', currency: 'GBP', committed: { amount: '25000.00', on: '2019-01-15' }, disbursed: [{ amount: '15000.00', on: '2019-03-01' }] }],
    },
  },
  {
    plan: '2015', objective: '4', code: '4.1', title: 'Psychosocial support for children of migrants in Kulob and Dousti', lead: 'unicef', partners: ['molmpe'],
    plannedStart: '2015-06-01', plannedEnd: '2018-12-31', locations: [khatlon('Kulob'), khatlon('Dousti')], sdg: ['16.2'], gcm: ['7'], budget: usd('180000.00'),
    course: {
      startedOn: '2015-07-01',
      indicator: { name: 'Children reached', unit: 'children', baseline: 0, target: 2500, values: [600, 1400, 2200, 2650] },
      funding: [
        {
          donor: 'unicef', currency: 'USD', committed: { amount: '180000.00', on: '2015-06-15' },
          disbursed: [{ amount: '60000.00', on: '2015-08-01' }, { amount: '60000.00', on: '2016-08-01' }, { amount: '60000.00', on: '2017-08-01' }],
        },
      ],
      reports: [['2016-06-30', 25], ['2017-06-30', 55], ['2018-06-30', 85], ['2018-12-15', 100]],
      completedOn: '2018-12-20',
    },
  },
  {
    plan: '2015', objective: '4', code: '4.2', title: 'Pre-departure orientation for women migrants in Dousti and Kulob', lead: 'ms', partners: ['unwomen', 'iom'],
    plannedStart: '2016-09-01', plannedEnd: '2018-04-30', locations: [khatlon('Dousti'), khatlon('Kulob')], sdg: ['5.2', '10.7'], gcm: ['3', '7'], budget: usd('95000.00'),
    course: {
      startedOn: '2016-10-01',
      indicator: { name: 'Women trained before departure', unit: 'women', baseline: 0, target: 1200, values: [520, 1260] },
      funding: [{ donor: 'unwomen', currency: 'USD', committed: { amount: '95000.00', on: '2016-09-10' }, disbursed: [{ amount: '50000.00', on: '2016-10-15' }, { amount: '45000.00', on: '2017-10-15' }] }],
      reports: [['2017-04-30', 45], ['2018-04-30', 100]],
      completedOn: '2018-04-30',
    },
  },
  {
    plan: '2015', objective: '4', code: '4.3', title: 'Legal aid for migrants facing re-entry bans', lead: 'ms', partners: ['iom', 'acted'],
    plannedStart: '2015-10-01', plannedEnd: '2020-12-31', locations: [sughd('Khujand'), khatlon('Bokhtar')], sdg: ['16.3'], gcm: ['21'], budget: usd('140000.00'),
    course: {
      startedOn: '2015-11-01',
      funding: [
        {
          donor: 'iom', currency: 'USD', committed: { amount: '140000.00', on: '2015-10-15' },
          disbursed: [{ amount: '40000.00', on: '2015-12-01' }, { amount: '40000.00', on: '2016-12-01' }, { amount: '40000.00', on: '2017-12-01' }],
        },
      ],
      reports: [['2016-10-31', 20], ['2017-10-31', 40], ['2018-10-31', 50], ['2019-10-31', 60], ['2020-10-31', 75]],
    },
  },
  {
    plan: '2015', objective: '4', code: '4.4', title: 'Reintegration grants for returning women migrants', lead: 'unwomen', partners: ['ms'],
    plannedStart: '2018-01-01', plannedEnd: '2020-06-30', locations: [khatlon('Kulob'), khatlon('Jaloliddini Rumi')], sdg: ['5.a'], gcm: ['21'], budget: usd('150000.00'),
    course: {
      startedOn: '2018-03-01', reports: [['2018-12-31', 30], ['2019-12-31', 60]],
      funding: [{ donor: 'unwomen', currency: 'USD', committed: { amount: '150000.00', on: '2018-01-20' }, disbursed: [{ amount: '70000.00', on: '2018-03-15' }, { amount: '50000.00', on: '2019-03-15' }] }],
    },
  },
  {
    plan: '2015', objective: '4', code: '4.5', title: 'Mobile outreach to migrants’ families in Asht and Panjakent', lead: 'ms', partners: ['unicef'],
    plannedStart: '2019-04-01', plannedEnd: '2020-10-31', locations: [sughd('Asht'), sughd('Panjakent')], sdg: ['10.7'], gcm: ['7'],
    course: { cancelled: { on: '2020-04-15', reason: 'Travel restrictions; families reached through activity 4.1’s follow-up instead' } },
  },
  {
    plan: '2015', objective: '5', code: '5.1', title: 'Annual monitoring reports to the commission', lead: 'molmpe', partners: ['ms'],
    plannedStart: '2015-04-01', plannedEnd: '2020-12-31', locations: [dushanbe], sdg: ['17.18'], gcm: ['1'],
    course: {
      startedOn: '2015-04-01',
      reports: [['2015-12-31', 15], ['2016-12-31', 30], ['2017-12-31', 50], ['2018-12-31', 65], ['2019-12-31', 80], ['2020-12-31', 95]],
    },
  },
  {
    plan: '2015', objective: '5', code: '5.2', title: 'Mid-term evaluation of the plan', lead: 'molmpe', partners: ['iom', 'eu'],
    plannedStart: '2017-09-01', plannedEnd: '2018-03-31', locations: [dushanbe], sdg: ['17.18'], gcm: ['1'], budget: eur('45000.00'),
    course: {
      startedOn: '2017-10-01', reports: [['2018-03-30', 100, 'Evaluation report delivered']], completedOn: '2018-03-30',
      funding: [{ donor: 'eu', currency: 'EUR', committed: { amount: '45000.00', on: '2017-09-01' }, disbursed: [{ amount: '45000.00', on: '2017-10-15' }] }],
    },
  },
  {
    plan: '2015', objective: '5', code: '5.3', title: 'Migration data exchange between the Migration Service and the statistics agency', lead: 'ms', partners: ['iom'],
    plannedStart: '2019-01-01', plannedEnd: '2020-06-30', locations: [dushanbe], sdg: ['17.18'], gcm: ['1'],
    course: {
      startedOn: '2019-02-01', reports: [['2019-12-31', 35]],
      rescheduled: { plannedEnd: '2020-12-31', reason: 'The data protection regulation was adopted late', on: '2020-05-20' },
    },
  },
  {
    plan: '2015', objective: '4', code: '4.6', title: 'Situational analysis of women and children left behind by migration', lead: 'unicef', partners: ['molmpe', 'unwomen'],
    plannedStart: '2015-09-01', plannedEnd: '2016-06-30', locations: [khatlon('Kulob'), khatlon('Dousti'), sughd('Isfara')], sdg: ['16.2', '5.2'], gcm: ['7'], budget: usd('40000.00'),
    course: {
      startedOn: '2015-10-01', reports: [['2015-12-31', 40], ['2016-05-31', 100, 'Situational analysis published']], completedOn: '2016-06-15',
      funding: [{ donor: 'unicef', currency: 'USD', committed: { amount: '40000.00', on: '2015-09-10' }, disbursed: [{ amount: '40000.00', on: '2015-10-15' }] }],
    },
  },
];
