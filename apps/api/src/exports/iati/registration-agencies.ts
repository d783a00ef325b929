/**
 * Prefixes of organisation registration agencies from the IATI OrganisationRegistrationAgency codelist
 * (org-id.guide): an organisation identifier starts with one, then the organisation's number in that
 * register. Short on purpose: the agencies this service's partners are registered with; add one when a
 * reporting organisation is registered elsewhere (the export warns until then, it does not refuse).
 */
export const REGISTRATION_AGENCY_PREFIXES: readonly string[] = [
  'XI-IATI', // IATI Organisation Identifier (issued by the IATI Registry)
  'XM-DAC', // OECD DAC donor and channel codes
  'XM-OCHA', // UN OCHA Financial Tracking Service organisations
  'XI-GRID', // Global Research Identifier Database
  'XI-WIKIDATA', // Wikidata
  'GB-COH', // UK Companies House
  'GB-CHC', // Charity Commission for England and Wales
  'GB-GOV', // UK government departments
  'US-EIN', // US Employer Identification Number
  'NL-KVK', // Netherlands Chamber of Commerce
  'FR-RCS', // French Trade and Companies Register
  'NO-BRC', // Brønnøysund Register Centre
  'SE-ON', // Swedish organisation number
  'DK-CVR', // Danish Central Business Register
  'AU-ABN', // Australian Business Number
  'CA-CRA_ACR', // Canada Revenue Agency
];

/** Whether an organisation identifier starts with a listed agency's prefix and a dash (IATI Validator rule 1.14.8). */
export function hasRegistrationAgencyPrefix(identifier: string): boolean {
  return REGISTRATION_AGENCY_PREFIXES.some((prefix) => identifier.startsWith(`${prefix}-`) && identifier.length > prefix.length + 1);
}
