import { XMLBuilder } from 'fast-xml-parser';
import { TITLE_LANGUAGES, type ActivityStatus, type Titles } from '#domain';
import type { PlanExport } from '#read-models';

// IATI codelists: ActivityStatus, ActivityDateType, TransactionType, OrganisationRole, TagVocabulary.
const STATUS: Record<ActivityStatus, string> = { planned: '1', in_progress: '2', completed: '3', suspended: '6', cancelled: '5' };
const ROLE_FUNDING = '1';
const ROLE_IMPLEMENTING = '4';
const TRANSACTION = { commitment: '11', disbursement: '1' } as const; // incoming commitment, incoming funds
const SDG_TARGET_VOCABULARY = '3';

const narrative = (text: string) => ({ narrative: { '#text': text } });
/** One narrative per language stored; the activity's default language (en) needs no xml:lang. */
const narratives = (titles: Titles) => ({
  narrative: TITLE_LANGUAGES.flatMap((l) => (titles[l] === undefined ? [] : [{ ...(l === 'en' ? {} : { '@_xml:lang': l }), '#text': titles[l] }])),
});

/** The plan's activities as an IATI 2.03 activity file, for donors' aid-transparency reporting. */
export function planIati({ plan, activities, organizations, transactions }: PlanExport, reportingOrgRef: string, generatedAt: Date): string {
  const org = (id: string, role: string) => ({ '@_ref': id, '@_role': role, ...narrative(organizations.get(id)?.name ?? id) });
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    'iati-activities': {
      '@_version': '2.03',
      '@_generated-datetime': generatedAt.toISOString(),
      'iati-activity': activities.map((a) => {
        const own = transactions.filter((t) => t.activityId === a.id);
        return {
          '@_last-updated-datetime': generatedAt.toISOString(),
          '@_xml:lang': 'en',
          ...(a.budget ? { '@_default-currency': a.budget.currency } : {}),
          'iati-identifier': `${reportingOrgRef}-${plan.code}-${a.code}`,
          'reporting-org': { '@_ref': reportingOrgRef, '@_type': '10', ...narrative(plan.coordinatingBody ?? reportingOrgRef) },
          title: narratives(a.titles),
          ...(a.description ? { description: { '@_type': '1', ...narrative(a.description) } } : {}),
          'participating-org': [
            ...[...new Set(own.map((t) => t.donorId))].map((id) => org(id, ROLE_FUNDING)),
            org(a.leadAgencyId, ROLE_IMPLEMENTING),
            ...a.partnerAgencyIds.map((id) => org(id, ROLE_IMPLEMENTING)),
          ],
          'activity-status': { '@_code': STATUS[a.status] },
          'activity-date': [
            { '@_iso-date': a.plannedStart, '@_type': '1' },
            ...(a.startedOn ? [{ '@_iso-date': a.startedOn, '@_type': '2' }] : []),
            { '@_iso-date': a.plannedEnd, '@_type': '3' },
            ...(a.completedOn ? [{ '@_iso-date': a.completedOn, '@_type': '4' }] : []),
          ],
          'recipient-country': { '@_code': 'TJ', '@_percentage': '100' },
          location: a.locations.map((l) => ({ name: narrative(l.district ? `${l.district}, ${l.province}` : l.province) })),
          tag: a.tags.sdg.map((code) => ({ '@_vocabulary': SDG_TARGET_VOCABULARY, '@_code': code })),
          ...(a.budget
            ? { budget: { '@_type': '1', 'period-start': { '@_iso-date': a.plannedStart }, 'period-end': { '@_iso-date': a.plannedEnd }, value: { '@_currency': a.budget.currency, '@_value-date': a.plannedStart, '#text': a.budget.amount } } }
            : {}),
          transaction: own.map((t) => ({
            'transaction-type': { '@_code': TRANSACTION[t.kind] },
            'transaction-date': { '@_iso-date': t.date },
            value: { '@_currency': t.currency, '@_value-date': t.date, '#text': t.amount },
            'provider-org': { '@_ref': t.donorId, ...narrative(organizations.get(t.donorId)?.name ?? t.donorId) },
          })),
        };
      }),
    },
  };
  return new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true }).build(document);
}
