/**
 * The shape of the demo data: plain records with stable keys. Keys name records across the data
 * (an activity's lead agency is an organisation key) and make the seed's command ids, so renaming a
 * key makes the seed record that record again: add keys, never rename them.
 */
export type OrganizationKind = 'ministry' | 'state_agency' | 'international_organization' | 'ngo' | 'diaspora_organization' | 'donor';

export interface DemoOrganization {
  key: string;
  name: string;
  acronym: string;
  kind: OrganizationKind;
  country: string;
  registeredOn: string;
  /** The IATI organisation identifier (OECD DAC code or IATI Registry id), for IATI refs. */
  iatiIdentifier?: string;
}

export interface DemoObjective {
  code: string;
  title: string;
  titleTranslations?: { ru?: string; tg?: string };
  parent?: string;
}

export interface DemoPlan {
  key: string;
  code: string;
  title: { en: string; ru?: string; tg?: string };
  periodStart: string;
  periodEnd: string;
  predecessor?: string;
  coordinatingBody: string;
  draftedOn: string;
  adopted: { on: string; instrument: string };
  objectives: DemoObjective[];
  revisions?: { changes: { coordinatingBody?: string; periodEnd?: string }; reason: string; on: string }[];
  closed?: { on: string; reason?: string };
}

export interface DemoFunding {
  donor: string;
  currency: string;
  committed: { amount: string; on: string; reference?: string };
  disbursed: { amount: string; on: string }[];
}

/** What happened to an activity after it was planned, in order. Reports run from the previous report's end. */
export interface DemoCourse {
  startedOn?: string;
  /** [periodEnd, percentComplete, narrative?] */
  reports?: [string, number, string?][];
  indicator?: { name: string; unit: string; baseline: number; target: number; values: number[] };
  funding?: DemoFunding[];
  rescheduled?: { plannedEnd: string; reason: string; on: string };
  suspended?: { on: string; reason: string };
  completedOn?: string;
  cancelled?: { on: string; reason: string };
}

export interface DemoActivity {
  plan: string;
  objective: string;
  code: string;
  title: string;
  /** The title in Russian and Tajik, where the worked example gives one (short titles only). */
  titleTranslations?: { ru?: string; tg?: string };
  lead: string;
  partners: string[];
  plannedStart: string;
  plannedEnd: string;
  /** As a person gives them: the country may be left to the gazetteer (see placeLocation). */
  locations: { country?: string; province: string; district?: string }[];
  sdg: string[];
  gcm: string[];
  budget?: { amount: string; currency: string };
  course: DemoCourse;
}

/** The commission's year, as the secretariat would enter it: one step after the other. */
export type DemoStep =
  | { step: 'session'; key: string; number: string; scheduledOn: string; agenda: string[] }
  | { step: 'held'; session: string; heldOn: string; attendees: string[]; minutesRef: string }
  | {
      step: 'meeting';
      key: string;
      kind: 'technical_meeting' | 'roundtable' | 'workshop' | 'evaluation' | 'other';
      heldOn: string;
      titles: { en: string; ru?: string; tg?: string };
      organizers: string[];
      participants: string[];
      place: string;
      documents: { title: string; url: string }[];
      plan?: string;
    }
  | {
      step: 'recommendation';
      key: string;
      /** The key of its meeting step. */
      meeting: string;
      text: string;
      proposedBy: string[];
      targets: string[];
      plan?: string;
    }
  | { step: 'schedule'; recommendation: string; session: string }
  | {
      step: 'decision';
      key: string;
      session: string;
      number: string;
      title: string;
      text: string;
      kind: 'adopt_plan' | 'accept_recommendation' | 'reject_recommendation' | 'defer_recommendation' | 'assign_responsibility' | 'request_report' | 'amend_activity' | 'other';
      responsible: string[];
      dueDate?: string;
      activities: string[];
      recommendations: string[];
    }
  | { step: 'accept' | 'reject' | 'defer'; recommendation: string; decision: string; reason?: string }
  | { step: 'link'; recommendation: string; activity: string; on: string }
  | { step: 'recommendation-implemented'; recommendation: string; on: string; note: string; evidence?: { title: string; url: string }[] }
  | { step: 'withdraw'; recommendation: string; reason: string; on: string }
  | { step: 'follow-up'; decision: string; note: string; on: string }
  | { step: 'decision-implemented'; decision: string; on: string; note?: string }
  | { step: 'revoke'; decision: string; reason: string; by?: string; on: string };

/** An activity's key: its plan and code, e.g. `2015/2.3`. */
export function activityKey(activity: Pick<DemoActivity, 'plan' | 'code'>): string {
  return `${activity.plan}/${activity.code}`;
}

/** Names in the plan's languages, English first. */
export type DemoNames = { en: string; ru?: string; tg?: string };

/** A dimension of a plan's disaggregation catalogue (issue 12). */
export interface DemoDimension {
  code: string;
  names: DemoNames;
  exhaustive: boolean;
  categories: { code: string; names: DemoNames }[];
}

/** A total, or a total with its values per dimension and category: `{ country: { TJ: 380, KG: 120 } }`. */
export type DemoValue = number | { value: number; categories: Record<string, Record<string, number>> };

/** What an indicator of the results framework says (targets per year; the final target is the last one's unless given). */
export interface DemoIndicatorDefinition {
  key: string;
  names: DemoNames;
  type?: 'number' | 'percentage' | 'yes_no';
  unit: string;
  baseline: number;
  baselineDate?: string;
  target?: number;
  targets?: { year: number; value: number }[];
  direction?: 'increase' | 'decrease';
  disaggregations?: string[];
}

/** An objective's indicator, which activities' indicators roll up to. */
export interface DemoObjectiveIndicator extends DemoIndicatorDefinition {
  plan: string;
  objective: string;
}

/** An activity's indicator of the results framework, with its value in each of the activity's reports (null: none given). */
export interface DemoResultIndicator extends DemoIndicatorDefinition {
  rollsUpTo?: { indicator: string; method: 'sum' | 'latest' };
  values: (DemoValue | null)[];
}
