import { rejectValue } from '../shared/invalid-value.js';

/**
 * Each organisation once among an activity's agencies: the lead is not also its own partner, and no partner is
 * listed twice, or every count by agency (the dashboard's, a donor's, a filter's total) would count it twice.
 */
export function requireDistinctAgencies(leadAgencyId: string, partnerAgencyIds: readonly string[]): void {
  if (partnerAgencyIds.includes(leadAgencyId))
    rejectValue('AGENCY_LISTED_TWICE', 'partnerAgencyIds must not include the lead agency: it leads already', 'partnerAgencyIds');
  if (new Set(partnerAgencyIds).size !== partnerAgencyIds.length)
    rejectValue('AGENCY_LISTED_TWICE', 'partnerAgencyIds must name each organisation once', 'partnerAgencyIds');
}
