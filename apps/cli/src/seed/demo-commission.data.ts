import type { DemoStep } from './demo-data.types.js';

/*
 * The inter-ministerial commission, in the order the secretariat records it: sessions, the
 * recommendations of the technical meeting of 18 November 2015 and of the International Migrants Day
 * roundtable (18 December 2015) moving through review, and the decisions taken. Illustrative numbers.
 */

const ALL_MEMBERS = ['molmpe', 'ms', 'mfa', 'scis', 'iom', 'unicef', 'unwomen', 'fao', 'eu', 'acted', 'peshraft'];
const TECHNICAL_MEETING = 'tm-2015-11-18';
const ROUNDTABLE = 'rt-2015-12-18';

export const COMMISSION: DemoStep[] = [
  // ── under the 2011–2014 plan ────────────────────────────────────────────────────────────────
  { step: 'session', key: '2011-1', number: '2011/1', scheduledOn: '2011-06-15', agenda: ['Launch of the 2011–2014 plan', 'Responsibilities of the Migration Service'] },
  { step: 'held', session: '2011-1', heldOn: '2011-06-15', attendees: ['molmpe', 'ms', 'mfa', 'iom'], minutesRef: 'Minutes IMC-2011/1' },
  {
    step: 'decision', key: 'IMC-2011/01', session: '2011-1', number: 'IMC-2011/01', title: 'Diaspora focal point',
    text: 'The Migration Service designates a diaspora focal point and reports to the next session.', kind: 'assign_responsibility',
    responsible: ['ms'], dueDate: '2012-06-30', activities: ['2011/1.1'], recommendations: [],
  },
  { step: 'decision-implemented', decision: 'IMC-2011/01', on: '2012-06-30', note: 'Focal point in post since April 2012' },
  { step: 'session', key: '2014-2', number: '2014/2', scheduledOn: '2014-11-20', agenda: ['Final review of the 2011–2014 plan', 'Draft plan 2015–2020'] },
  { step: 'held', session: '2014-2', heldOn: '2014-11-20', attendees: ['molmpe', 'ms', 'mfa', 'scis', 'iom', 'unicef', 'eu'], minutesRef: 'Minutes IMC-2014/2' },
  {
    step: 'decision', key: 'IMC-2014/05', session: '2014-2', number: 'IMC-2014/05', title: 'Final report on the 2011–2014 plan',
    text: 'The Ministry submits the final implementation report of the 2011–2014 plan.', kind: 'request_report',
    responsible: ['molmpe'], dueDate: '2015-02-28', activities: [], recommendations: [],
  },
  {
    step: 'decision', key: 'IMC-2014/06', session: '2014-2', number: 'IMC-2014/06', title: 'Endorsement of the draft 2015–2020 plan',
    text: 'The commission endorses the draft plan 2015–2020 and asks the Ministry to submit it to the Government.', kind: 'adopt_plan',
    responsible: ['molmpe'], dueDate: '2015-03-31', activities: [], recommendations: [],
  },
  { step: 'decision-implemented', decision: 'IMC-2014/05', on: '2015-02-20' },
  { step: 'decision-implemented', decision: 'IMC-2014/06', on: '2015-03-03', note: 'Adopted by Government Decree No. 97 of 3 March 2015' },

  // ── technical meeting of 18 November 2015, session 2015/2 ───────────────────────────────────
  {
    step: 'meeting', key: TECHNICAL_MEETING, kind: 'technical_meeting', heldOn: '2015-11-18', plan: '2015',
    titles: {
      en: 'Technical meeting on the implementation of the plan, 18 November 2015',
      ru: 'Техническое совещание по реализации плана, 18 ноября 2015 года',
    },
    organizers: ['molmpe', 'iom'], participants: ['ms', 'mfa', 'scis', 'unicef', 'acted', 'peshraft'], place: 'Dushanbe',
    documents: [{ title: 'Minutes of the technical meeting', url: 'https://example.org/demo/technical-meeting-2015-11-18-minutes.pdf' }],
  },
  { step: 'session', key: '2015-2', number: '2015/2', scheduledOn: '2015-12-10', agenda: ['Progress of the 2015–2020 plan', 'Recommendations of the technical meeting of 18 November 2015'] },
  {
    step: 'recommendation', key: 'tm-information-point', meeting: TECHNICAL_MEETING, proposedBy: ['iom'], targets: ['ms', 'scis'], plan: '2015',
    text: 'Open a one-stop information point for diaspora investors in Khujand, run by the Migration Service with the State Committee on Investments.',
  },
  {
    step: 'recommendation', key: 'tm-consular-registration', meeting: TECHNICAL_MEETING, proposedBy: ['peshraft'], targets: ['mfa'], plan: '2015',
    text: 'Register diaspora associations abroad through the consulates and keep a public list of them.',
  },
  {
    step: 'recommendation', key: 'tm-guarantee-fund', meeting: TECHNICAL_MEETING, proposedBy: ['acted'], targets: ['molmpe', 'scis'], plan: '2015',
    text: 'Create a state guarantee fund for diaspora investments in the regions.',
  },
  {
    step: 'recommendation', key: 'tm-children-indicators', meeting: TECHNICAL_MEETING, proposedBy: ['unicef'], targets: ['molmpe'], plan: '2015',
    text: 'Include the children of migrants left behind in the monitoring indicators of the plan.',
  },
  { step: 'schedule', recommendation: 'tm-information-point', session: '2015-2' },
  { step: 'schedule', recommendation: 'tm-consular-registration', session: '2015-2' },
  { step: 'schedule', recommendation: 'tm-guarantee-fund', session: '2015-2' },
  { step: 'held', session: '2015-2', heldOn: '2015-12-10', attendees: ALL_MEMBERS, minutesRef: 'Minutes IMC-2015/2' },
  {
    step: 'decision', key: 'IMC-2015/07', session: '2015-2', number: 'IMC-2015/07', title: 'Information point for diaspora investors',
    text: 'The commission accepts the recommendation and asks the Migration Service and IOM to open the information point in Khujand.', kind: 'accept_recommendation',
    responsible: ['ms', 'iom'], dueDate: '2017-12-31', activities: ['2015/2.1.1'], recommendations: ['tm-information-point'],
  },
  { step: 'accept', recommendation: 'tm-information-point', decision: 'IMC-2015/07', reason: 'Supports objective 2.1' },
  {
    step: 'decision', key: 'IMC-2015/08', session: '2015-2', number: 'IMC-2015/08', title: 'Registration of diaspora associations abroad',
    text: 'The commission defers the recommendation until the Ministry of Foreign Affairs has assessed consular capacity.', kind: 'defer_recommendation',
    responsible: ['mfa'], activities: [], recommendations: ['tm-consular-registration'],
  },
  { step: 'defer', recommendation: 'tm-consular-registration', decision: 'IMC-2015/08', reason: 'Consular capacity to be assessed first' },
  {
    step: 'decision', key: 'IMC-2015/09', session: '2015-2', number: 'IMC-2015/09', title: 'State guarantee fund for diaspora investments',
    text: 'The commission does not support a state guarantee fund.', kind: 'reject_recommendation',
    responsible: [], activities: [], recommendations: ['tm-guarantee-fund'],
  },
  { step: 'reject', recommendation: 'tm-guarantee-fund', decision: 'IMC-2015/09', reason: 'A guarantee fund is outside the budget framework' },
  {
    step: 'decision', key: 'IMC-2015/10', session: '2015-2', number: 'IMC-2015/10', title: 'Matching grants in Dousti and Kulob',
    text: 'ACTED and the State Committee on Investments launch the matching-grant scheme in Dousti and Kulob by mid-2016.', kind: 'assign_responsibility',
    responsible: ['acted', 'scis'], dueDate: '2016-06-30', activities: ['2015/2.1.2'], recommendations: [],
  },

  // ── International Migrants Day roundtable, 18 December 2015 ─────────────────────────────────
  {
    step: 'meeting', key: ROUNDTABLE, kind: 'roundtable', heldOn: '2015-12-18', plan: '2015',
    titles: {
      en: 'International Migrants Day roundtable, 18 December 2015',
      ru: 'Круглый стол к Международному дню мигрантов, 18 декабря 2015 года',
    },
    organizers: ['molmpe', 'iom', 'unwomen', 'ms'], participants: ['fao', 'eu', 'acted', 'peshraft'], place: 'Dushanbe',
    documents: [{ title: 'Roundtable report', url: 'https://example.org/demo/migrants-day-roundtable-2015-report.pdf' }],
  },
  {
    step: 'recommendation', key: 'rt-women-orientation', meeting: ROUNDTABLE, proposedBy: ['unwomen', 'iom'], targets: ['ms'], plan: '2015',
    text: 'Offer pre-departure orientation for women migrants in Khatlon, starting in Dousti and Kulob.',
  },
  {
    step: 'recommendation', key: 'rt-agricultural-investment', meeting: ROUNDTABLE, proposedBy: ['fao'], targets: ['molmpe'], plan: '2015',
    text: 'Channel remittances into agricultural investment in Khatlon through farmer groups.',
  },
  {
    step: 'recommendation', key: 'rt-skills-register', meeting: ROUNDTABLE, proposedBy: ['peshraft'], targets: ['ms', 'molmpe'], plan: '2015',
    text: 'Build a register of diaspora professionals willing to work on short assignments at home.',
  },
  {
    step: 'recommendation', key: 'rt-information-sessions', meeting: ROUNDTABLE, proposedBy: ['iom'], targets: ['ms'], plan: '2015',
    text: 'Run information sessions for women before they leave to work abroad.',
  },
  { step: 'follow-up', decision: 'IMC-2015/10', note: 'Grant agreement signed; first call for proposals published in Kulob', on: '2016-04-10' },
  { step: 'withdraw', recommendation: 'rt-information-sessions', reason: 'Merged into the recommendation on pre-departure orientation for women migrants', on: '2016-03-01' },
  { step: 'decision-implemented', decision: 'IMC-2015/10', on: '2016-06-10', note: 'First twelve grants awarded' },

  // ── session 2016/1 ──────────────────────────────────────────────────────────────────────────
  { step: 'session', key: '2016-1', number: '2016/1', scheduledOn: '2016-06-16', agenda: ['Recommendations of the International Migrants Day roundtable', 'Deferred items'] },
  { step: 'schedule', recommendation: 'tm-consular-registration', session: '2016-1' },
  { step: 'schedule', recommendation: 'rt-women-orientation', session: '2016-1' },
  { step: 'schedule', recommendation: 'rt-agricultural-investment', session: '2016-1' },
  { step: 'held', session: '2016-1', heldOn: '2016-06-16', attendees: ALL_MEMBERS, minutesRef: 'Minutes IMC-2016/1' },
  {
    step: 'decision', key: 'IMC-2016/01', session: '2016-1', number: 'IMC-2016/01', title: 'Consular registration and orientation of women migrants',
    text: 'The commission accepts both recommendations; the Ministry of Foreign Affairs and the Migration Service lead.', kind: 'accept_recommendation',
    responsible: ['mfa', 'ms', 'unwomen'], dueDate: '2018-12-31', activities: ['2015/1.1.2', '2015/4.2'], recommendations: ['tm-consular-registration', 'rt-women-orientation'],
  },
  { step: 'accept', recommendation: 'tm-consular-registration', decision: 'IMC-2016/01' },
  { step: 'accept', recommendation: 'rt-women-orientation', decision: 'IMC-2016/01' },
  {
    step: 'decision', key: 'IMC-2016/02', session: '2016-1', number: 'IMC-2016/02', title: 'Remittances in agriculture',
    text: 'The commission accepts the recommendation and asks FAO to design the scheme with the Ministry.', kind: 'accept_recommendation',
    responsible: ['fao', 'molmpe'], dueDate: '2019-12-31', activities: [], recommendations: ['rt-agricultural-investment'],
  },
  { step: 'accept', recommendation: 'rt-agricultural-investment', decision: 'IMC-2016/02' },
  {
    step: 'decision', key: 'IMC-2016/03', session: '2016-1', number: 'IMC-2016/03', title: 'Report on remittance flows in 2015',
    text: 'The State Committee on Investments reports on remittance flows and their use in 2015.', kind: 'request_report',
    responsible: ['scis'], dueDate: '2016-12-01', activities: [], recommendations: [],
  },
  { step: 'link', recommendation: 'tm-information-point', activity: '2015/2.1.1', on: '2016-06-20' },
  { step: 'link', recommendation: 'tm-consular-registration', activity: '2015/1.1.2', on: '2016-07-01' },
  { step: 'link', recommendation: 'rt-women-orientation', activity: '2015/4.2', on: '2016-07-01' },
  { step: 'link', recommendation: 'rt-agricultural-investment', activity: '2015/2.1.3', on: '2016-09-01' },

  // ── sessions 2016/2 and 2017/1 ──────────────────────────────────────────────────────────────
  { step: 'session', key: '2016-2', number: '2016/2', scheduledOn: '2016-12-15', agenda: ['Draft law on the diaspora'] },
  { step: 'held', session: '2016-2', heldOn: '2016-12-15', attendees: ['molmpe', 'ms', 'mfa', 'iom', 'eu'], minutesRef: 'Minutes IMC-2016/2' },
  {
    step: 'decision', key: 'IMC-2016/04', session: '2016-2', number: 'IMC-2016/04', title: 'Timeline of the draft law',
    text: 'The Ministry extends activity 1.1 to the end of 2017.', kind: 'amend_activity',
    responsible: ['molmpe'], dueDate: '2017-06-30', activities: ['2015/1.1'], recommendations: [],
  },
  { step: 'follow-up', decision: 'IMC-2016/03', note: 'Reminder sent; data awaited from the National Bank', on: '2017-01-15' },
  { step: 'session', key: '2017-1', number: '2017/1', scheduledOn: '2017-06-22', agenda: ['Draft law after public consultation', 'Information point in Khujand'] },
  { step: 'held', session: '2017-1', heldOn: '2017-06-22', attendees: ALL_MEMBERS, minutesRef: 'Minutes IMC-2017/1' },
  {
    step: 'decision', key: 'IMC-2017/02', session: '2017-1', number: 'IMC-2017/02', title: 'Draft law resubmitted after consultation',
    text: 'The draft law is resubmitted to Parliament by mid-2018; this replaces decision IMC-2016/04.', kind: 'other',
    responsible: ['molmpe'], dueDate: '2018-06-30', activities: ['2015/1.1'], recommendations: [],
  },
  { step: 'revoke', decision: 'IMC-2016/04', reason: 'Superseded by IMC-2017/02', by: 'IMC-2017/02', on: '2017-06-22' },
  {
    step: 'recommendation-implemented', recommendation: 'tm-information-point', on: '2017-09-01', note: 'Information point open in Khujand since August 2017',
    evidence: [{ title: 'Opening report of the information point', url: 'https://example.org/tj-diaspora/khujand-information-point.pdf' }],
  },

  // ── 2018–2020 ───────────────────────────────────────────────────────────────────────────────
  { step: 'session', key: '2018-1', number: '2018/1', scheduledOn: '2018-06-21', agenda: ['Mid-term evaluation', 'Register of diaspora professionals'] },
  { step: 'schedule', recommendation: 'rt-skills-register', session: '2018-1' },
  { step: 'held', session: '2018-1', heldOn: '2018-06-21', attendees: ALL_MEMBERS, minutesRef: 'Minutes IMC-2018/1' },
  {
    step: 'decision', key: 'IMC-2018/01', session: '2018-1', number: 'IMC-2018/01', title: 'Register of diaspora professionals',
    text: 'The commission defers the register until the migration data exchange (activity 5.3) is in place.', kind: 'defer_recommendation',
    responsible: ['ms'], activities: [], recommendations: ['rt-skills-register'],
  },
  { step: 'defer', recommendation: 'rt-skills-register', decision: 'IMC-2018/01', reason: 'Depends on the data exchange agreement' },
  { step: 'decision-implemented', decision: 'IMC-2017/02', on: '2018-05-30', note: 'Law adopted by Parliament' },
  { step: 'recommendation-implemented', recommendation: 'rt-women-orientation', on: '2018-05-15', note: '1,260 women trained in Dousti and Kulob' },
  { step: 'session', key: '2019-2', number: '2019/2', scheduledOn: '2019-12-12', agenda: ['Preparation of the successor plan', 'Deferred items'] },
  { step: 'schedule', recommendation: 'rt-skills-register', session: '2019-2' },
  { step: 'held', session: '2019-2', heldOn: '2019-12-12', attendees: ['molmpe', 'ms', 'mfa', 'iom', 'unwomen', 'eu', 'peshraft'], minutesRef: 'Minutes IMC-2019/2' },
  {
    step: 'decision', key: 'IMC-2019/01', session: '2019-2', number: 'IMC-2019/01', title: 'Successor plan 2021–2025',
    text: 'The Ministry and the Migration Service prepare the successor plan for 2021–2025.', kind: 'assign_responsibility',
    responsible: ['molmpe', 'ms'], dueDate: '2020-12-31', activities: ['2015/5.1'], recommendations: [],
  },
  { step: 'session', key: '2020-2', number: '2020/2', scheduledOn: '2020-12-17', agenda: ['Final report on the 2015–2020 plan'] },
];
