import type { DemoOrganization, DemoPlan } from './demo-data.types.js';

/*
 * The worked example of DESIGN.md. The organisations and places are real; numbers, dates, amounts and
 * the references of decrees and agreements are illustrative.
 */

export const ORGANIZATIONS: DemoOrganization[] = [
  { key: 'molmpe', name: 'Ministry of Labour, Migration and Population Employment', acronym: 'MoLMPE', kind: 'ministry', country: 'TJ', registeredOn: '2011-01-10' },
  { key: 'ms', name: 'Migration Service under the Ministry of Labour, Migration and Population Employment', acronym: 'MS', kind: 'state_agency', country: 'TJ', registeredOn: '2011-01-10' },
  { key: 'mfa', name: 'Ministry of Foreign Affairs', acronym: 'MFA', kind: 'ministry', country: 'TJ', registeredOn: '2011-01-10' },
  { key: 'scis', name: 'State Committee on Investments and State Property Management', acronym: 'SCISPM', kind: 'state_agency', country: 'TJ', registeredOn: '2011-01-10' },
  { key: 'iom', name: 'International Organization for Migration', acronym: 'IOM', kind: 'international_organization', country: 'CH', registeredOn: '2011-01-12', iatiIdentifier: 'XM-DAC-47066' },
  { key: 'unicef', name: 'United Nations Children’s Fund', acronym: 'UNICEF', kind: 'international_organization', country: 'US', registeredOn: '2011-01-12', iatiIdentifier: 'XM-DAC-41122' },
  { key: 'unwomen', name: 'UN Women', acronym: 'UN Women', kind: 'international_organization', country: 'US', registeredOn: '2011-01-12', iatiIdentifier: 'XM-DAC-41146' },
  { key: 'fao', name: 'Food and Agriculture Organization of the United Nations', acronym: 'FAO', kind: 'international_organization', country: 'IT', registeredOn: '2011-01-12', iatiIdentifier: 'XM-DAC-41301' },
  { key: 'eu', name: 'European Union', acronym: 'EU', kind: 'donor', country: 'BE', registeredOn: '2011-01-12', iatiIdentifier: 'XI-IATI-EC_INTPA' },
  { key: 'acted', name: 'ACTED', acronym: 'ACTED', kind: 'ngo', country: 'FR', registeredOn: '2011-01-14' },
  { key: 'peshraft', name: 'Peshraft', acronym: 'Peshraft', kind: 'diaspora_organization', country: 'GB', registeredOn: '2011-01-14' },
];

const TITLE = {
  en: 'Engagement of the Tajik Diaspora as Development Partners',
  ru: 'Вовлечение таджикской диаспоры в качестве партнёров по развитию',
  tg: 'Ҷалби диаспораи тоҷик ҳамчун шарикони рушд',
};

export const PLANS: DemoPlan[] = [
  {
    key: '2011',
    code: 'TJ-DIASPORA-2011-2014',
    title: TITLE,
    periodStart: '2011-01-01',
    periodEnd: '2014-12-31',
    coordinatingBody: 'Inter-ministerial commission on migration',
    draftedOn: '2010-11-15',
    adopted: { on: '2011-03-01', instrument: 'Government Decree No. 117 of 1 March 2011' },
    objectives: [
      { code: '1', title: 'Institutional framework for working with the diaspora' },
      { code: '2', title: 'Remittances and diaspora investment' },
      { code: '3', title: 'Information and protection of migrants abroad' },
    ],
    closed: { on: '2014-12-31' },
  },
  {
    key: '2015',
    code: 'TJ-DIASPORA-2015-2020',
    title: TITLE,
    periodStart: '2015-01-01',
    periodEnd: '2020-12-31',
    predecessor: '2011',
    coordinatingBody: 'Inter-ministerial commission on migration',
    draftedOn: '2014-10-01',
    adopted: { on: '2015-03-03', instrument: 'Government Decree No. 97 of 3 March 2015' },
    objectives: [
      {
        code: '1',
        title: 'Institutional and legal framework for diaspora engagement',
        titleTranslations: { ru: 'Институциональная и правовая база работы с диаспорой', tg: 'Асоси институтсионалӣ ва ҳуқуқии ҳамкорӣ бо диаспора' },
      },
      { code: '1.1', title: 'Registration of diaspora associations and consular outreach', parent: '1' },
      {
        code: '2',
        title: 'Diaspora investment and remittances in local development',
        titleTranslations: { ru: 'Инвестиции диаспоры и денежные переводы в местном развитии', tg: 'Сармоягузории диаспора ва интиқоли пул дар рушди маҳаллӣ' },
      },
      { code: '2.1', title: 'Productive use of remittances in Sughd and Khatlon', parent: '2' },
      { code: '3', title: 'Transfer of skills and knowledge' },
      { code: '4', title: 'Protection and support of migrants and their families' },
      { code: '5', title: 'Monitoring, coordination and reporting' },
    ],
    revisions: [
      {
        changes: { coordinatingBody: 'Inter-ministerial commission on migration and diaspora affairs' },
        reason: 'The commission was reconstituted with a wider mandate (Government Decree No. 23 of 20 January 2017)',
        on: '2017-01-20',
      },
    ],
  },
];
