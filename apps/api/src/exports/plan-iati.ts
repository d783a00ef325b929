import { XMLBuilder } from 'fast-xml-parser';
import { DEFAULT_DAC_PURPOSE_CODE, TITLE_LANGUAGES, type ActivityStatus, type OrganizationKind } from '#domain';
import { computeIndicatorTable, type ExportActivity, type FundingTransaction, type IndicatorTable, type OrganizationView, type PlanExport } from '#read-models';
import { iatiResults } from './iati/iati-results.js';
import { iatiLocation, recipientCountries } from './iati/iati-locations.js';
import { narrative, narratives, type Narratives } from './iati/narratives.js';
import { documentFormat } from './iati/document-formats.js';
import type { ReportingOrg } from './iati/iati-reporting-org.js';
import { yearlyBudgets } from './iati/yearly-budgets.js';
import { previousIdentifiers } from './iati/previous-identifiers.js';
import { NOT_XML_CHARACTER } from '../http/xml-characters.js';

// IATI 2.03 codelists: ActivityStatus, TransactionType, OrganisationRole, OrganisationType, TagVocabulary,
// SectorVocabulary, BudgetType, BudgetStatus, RelatedActivityType, DocumentCategory (results: iati/iati-results.ts).
const STATUS: Record<ActivityStatus, string> = { planned: '1', in_progress: '2', completed: '3', suspended: '6', cancelled: '5' };
const ROLE = { funding: '1', implementing: '4' } as const;
/** From the reporting organisation's side: money committed to it and received by it. */
const TRANSACTION: Record<FundingTransaction['kind'], string> = { commitment: '11', disbursement: '1' }; // incoming commitment, incoming funds
const ORGANISATION_TYPE: Partial<Record<OrganizationKind, string>> = { ministry: '10', state_agency: '15', international_organization: '40' };
const SDG_TARGET_VOCABULARY = '3';
const DAC_5_DIGIT = '1';
const BUDGET_ORIGINAL = '1';
const BUDGET_INDICATIVE = '1';
const RELATED_PARENT = '1';
const DOCUMENT_REVIEW_OF_PERFORMANCE = 'A07';
/** OtherIdentifierType A3, "Previous Activity Identifier" (B1 is a previous reporting organisation's). */
const PREVIOUS_ACTIVITY_IDENTIFIER = 'A3';

/** An activity none of whose locations names a country (old records not yet corrected) is the plan's, in Tajikistan. */
const DEFAULT_RECIPIENT_COUNTRIES = [{ code: 'TJ', percentage: 100 }];


/**
 * The plan's activities as an IATI 2.03 activity file, for donors' aid-transparency reporting. Each
 * activity's elements are written in the order of the schema's iati-activity sequence.
 */
export function planIati(data: PlanExport, reportingOrg: ReportingOrg, generatedAt: Date): string {
  const table = computeIndicatorTable(data.plan, data.activities, data.asOf, { level: 'activity' });
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    'iati-activities': {
      '@_version': '2.03',
      '@_generated-datetime': generatedAt.toISOString(),
      'iati-activity': data.activities.map((a) => iatiActivity(a, data, reportingOrg, table)),
    },
  };
  return new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true, tagValueProcessor: xmlText, attributeValueProcessor: xmlText }).build(document);
}

/** Texts recorded before the service refused what XML cannot hold may still carry it: left out. */
const NOT_XML = new RegExp(NOT_XML_CHARACTER, 'gu');
const xmlText = (_name: string, value: unknown) => (typeof value === 'string' ? value.replace(NOT_XML, '') : value) as string;

function iatiActivity(a: ExportActivity, data: PlanExport, reporting: ReportingOrg, table: IndicatorTable) {
  const { plan, organizations, transactions } = data;
  const own = transactions.filter((t) => t.activityId === a.id);
  const organization = (id: string) => organizations.get(id);
  const orgRef = (org: OrganizationView | undefined) => (org?.iatiIdentifier ? { '@_ref': org.iatiIdentifier } : {});
  const participating = (id: string, role: string) => {
    const org = organization(id);
    const type = org && ORGANISATION_TYPE[org.kind];
    return { ...orgRef(org), ...(type ? { '@_type': type } : {}), '@_role': role, ...narrative(org?.name ?? 'Unknown organisation') };
  };
  const reportingOrgElement = { '@_ref': reporting.ref, '@_type': reporting.type, ...narrative(reporting.name) };
  const currency = a.budget?.currency ?? own[0]?.currency;
  return {
    '@_last-updated-datetime': a.lastUpdatedAt,
    '@_xml:lang': 'en',
    ...(currency ? { '@_default-currency': currency } : {}),
    'iati-identifier': `${reporting.ref}-${plan.code}-${a.code}`,
    'reporting-org': reportingOrgElement,
    title: narratives(a.titles),
    description: { '@_type': '1', ...description(a, plan) },
    'participating-org': [
      ...[...new Set(own.map((t) => t.donorId))].map((id) => participating(id, ROLE.funding)),
      participating(a.leadAgencyId, ROLE.implementing),
      ...a.partnerAgencyIds.map((id) => participating(id, ROLE.implementing)),
    ],
    // A published identifier should never change: one a code correction changed is named here, for readers to follow.
    'other-identifier': previousIdentifiers(reporting.ref, plan, { ...a, since: a.firstRecordedAt }).map((ref) => ({ '@_ref': ref, '@_type': PREVIOUS_ACTIVITY_IDENTIFIER })),
    'activity-status': { '@_code': STATUS[a.status] },
    'activity-date': [
      { '@_iso-date': a.plannedStart, '@_type': '1' },
      ...(a.startedOn ? [{ '@_iso-date': a.startedOn, '@_type': '2' }] : []),
      { '@_iso-date': a.plannedEnd, '@_type': '3' },
      ...(a.completedOn ? [{ '@_iso-date': a.completedOn, '@_type': '4' }] : []),
    ],
    'recipient-country': (a.recipientCountries ?? recipientCountries(a.locations, DEFAULT_RECIPIENT_COUNTRIES)).map((c) => ({ '@_code': c.code, '@_percentage': String(c.percentage) })),
    location: a.locations.map(iatiLocation),
    sector: { '@_vocabulary': DAC_5_DIGIT, '@_code': a.sectorCode ?? plan.defaultSectorCode ?? DEFAULT_DAC_PURPOSE_CODE },
    tag: a.tags.sdg.map((code) => ({ '@_vocabulary': SDG_TARGET_VOCABULARY, '@_code': code })),
    budget: a.budget
      ? yearlyBudgets(a.plannedStart, a.plannedEnd, a.budget.amount).map((b) => ({
          '@_type': BUDGET_ORIGINAL,
          '@_status': BUDGET_INDICATIVE,
          'period-start': { '@_iso-date': b.periodStart },
          'period-end': { '@_iso-date': b.periodEnd },
          value: { '@_currency': a.budget!.currency, '@_value-date': b.periodStart, '#text': b.amount },
        }))
      : [],
    transaction: own.map((t) => ({
      'transaction-type': { '@_code': TRANSACTION[t.kind] },
      'transaction-date': { '@_iso-date': t.date },
      value: { '@_currency': t.currency, '@_value-date': t.date, '#text': t.amount },
      'provider-org': { ...orgRef(organization(t.donorId)), ...narrative(organization(t.donorId)?.name ?? 'Unknown organisation') },
      'receiver-org': reportingOrgElement,
    })),
    'document-link': a.evidence.map((e) => ({
      '@_url': e.url,
      '@_format': documentFormat(e.url),
      title: narrative(e.title),
      category: { '@_code': DOCUMENT_REVIEW_OF_PERFORMANCE },
      'document-date': { '@_iso-date': e.periodEnd },
    })),
    'related-activity': { '@_ref': `${reporting.ref}-${plan.code}`, '@_type': RELATED_PARENT },
    result: iatiResults(a, data, table),
  };
}

/** The activity's own description, else one made of its objective's and its own code and titles, in each language. */
function description(a: ExportActivity, plan: PlanExport['plan']): Narratives {
  if (a.description) return narrative(a.description);
  const objective = plan.objectives.find((o) => o.objectiveId === a.objectiveId);
  return narratives(
    Object.fromEntries(
      TITLE_LANGUAGES.flatMap((l) => {
        const title = a.titles[l];
        if (title === undefined) return [];
        const objectiveTitle = objective ? (objective.titles[l] ?? objective.title) : undefined;
        return [[l, objective ? `${objective.code}. ${objectiveTitle} — ${a.code}. ${title}` : `${a.code}. ${title}`]];
      }),
    ),
  );
}
