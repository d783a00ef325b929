import { REGISTRATION_AGENCY_CODES } from './registration-agency-codes.js';

/** Whether an organisation identifier starts with a registration agency's code and a dash, then a number in that register (IATI Validator rule 1.14.8). */
export function hasRegistrationAgencyPrefix(identifier: string): boolean {
  return REGISTRATION_AGENCY_CODES.some((prefix) => identifier.startsWith(`${prefix}-`) && identifier.length > prefix.length + 1);
}
