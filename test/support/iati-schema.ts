import { XMLParser } from 'fast-xml-parser';

/**
 * The iati-activity sequence of the IATI 2.03 schema (iati-activities-schema.xsd), written out here
 * from the standard rather than taken from the builder: an element out of this order fails validation.
 */
export const IATI_ACTIVITY_SEQUENCE = [
  'iati-identifier', 'reporting-org', 'title', 'description', 'participating-org', 'other-identifier', 'activity-status', 'activity-date',
  'contact-info', 'activity-scope', 'recipient-country', 'recipient-region', 'location', 'sector', 'tag', 'country-budget-items',
  'humanitarian-scope', 'policy-marker', 'collaboration-type', 'default-flow-type', 'default-finance-type', 'default-aid-type',
  'default-tied-status', 'budget', 'planned-disbursement', 'capital-spend', 'transaction', 'document-link', 'related-activity',
  'legacy-data', 'conditions', 'result', 'crs-add', 'fss',
];
/** The schema's sequences inside the elements the export writes. */
export const IATI_SEQUENCES: Record<string, string[]> = {
  transaction: ['transaction-type', 'transaction-date', 'value', 'description', 'provider-org', 'receiver-org', 'disbursement-channel', 'sector', 'recipient-country', 'recipient-region', 'flow-type', 'finance-type', 'aid-type', 'tied-status'],
  budget: ['period-start', 'period-end', 'value'],
  location: ['location-reach', 'location-id', 'name', 'description', 'activity-description', 'administrative', 'point', 'exactness', 'location-class', 'feature-designation'],
  'document-link': ['title', 'description', 'category', 'language', 'document-date'],
  result: ['title', 'description', 'document-link', 'reference', 'indicator'],
  indicator: ['title', 'description', 'document-link', 'reference', 'baseline', 'period'],
  period: ['period-start', 'period-end', 'target', 'actual'],
  baseline: ['location', 'dimension', 'document-link', 'comment'],
  target: ['location', 'dimension', 'comment', 'document-link'],
  actual: ['location', 'dimension', 'comment', 'document-link'],
};

type Ordered = Record<string, unknown>;
const nameOf = (node: Ordered) => Object.keys(node).find((k) => k !== ':@')!;
const childrenOf = (node: Ordered) => (Array.isArray(node[nameOf(node)]) ? (node[nameOf(node)] as Ordered[]) : []);

/**
 * Every element out of the schema's order, as "parent: child after sibling" lines (none: in order),
 * and the nested elements that were checked (so a test can tell that there was something to check).
 */
export function schemaOrderErrors(xml: string): { errors: string[]; checked: Set<string>; activities: number } {
  const errors: string[] = [];
  const checked = new Set<string>();
  const check = (parent: string, children: Ordered[], sequence: string[]) => {
    const names = children.map(nameOf).filter((n) => n !== '#text');
    names.forEach((name, i) => {
      if (!sequence.includes(name)) errors.push(`${parent}: ${name} is not in the schema`);
      else if (i > 0 && sequence.indexOf(name) < sequence.indexOf(names[i - 1])) errors.push(`${parent}: ${name} after ${names[i - 1]}`);
    });
  };
  const visit = (node: Ordered) => {
    const name = nameOf(node);
    if (IATI_SEQUENCES[name]) {
      checked.add(name);
      check(name, childrenOf(node), IATI_SEQUENCES[name]);
    }
    childrenOf(node).forEach(visit);
  };
  const root = (new XMLParser({ ignoreAttributes: false, preserveOrder: true }).parse(xml) as Ordered[]).find((n) => nameOf(n) === 'iati-activities');
  const activities = root ? childrenOf(root).filter((n) => nameOf(n) === 'iati-activity') : [];
  for (const activity of activities) {
    check('iati-activity', childrenOf(activity), IATI_ACTIVITY_SEQUENCE);
    childrenOf(activity).forEach(visit);
  }
  return { errors, checked, activities: activities.length };
}
