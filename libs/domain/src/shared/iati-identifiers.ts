import { reject } from './domain-error.js';

/**
 * IATI identifiers are made of organisation identifiers and activity codes; the IATI Standard forbids
 * spaces, `/`, `&`, `?` and `|` in them, and this service keeps to the safe set below.
 */
export const IATI_SAFE_CODE = /^[A-Za-z0-9._-]+$/;
/** A registration agency's prefix (two letters, a dash, the agency) then the organisation's own id: `XM-DAC-41114`, `XI-IATI-EC_INTPA`. */
export const IATI_ORGANIZATION_IDENTIFIER = /^[A-Z]{2}-[A-Za-z0-9]+-[A-Za-z0-9._-]+$/;

export function isIatiSafeCode(code: string): boolean {
  return IATI_SAFE_CODE.test(code);
}

/** Activity codes end IATI activity identifiers: one that could not is refused when written. */
export function requireIatiSafeCode(code: string, field = 'code'): string {
  if (!isIatiSafeCode(code)) reject('INVALID_CODE', `${field} may hold only letters, digits, '.', '_' and '-' (it ends the activity's IATI identifier)`, field);
  return code;
}

export function isIatiOrganizationIdentifier(identifier: string): boolean {
  return IATI_ORGANIZATION_IDENTIFIER.test(identifier);
}

export function requireIatiOrganizationIdentifier(identifier: string, field = 'iatiIdentifier'): string {
  if (!isIatiOrganizationIdentifier(identifier))
    reject('INVALID_IATI_IDENTIFIER', `${field} must be an IATI organisation identifier: an agency prefix then the id, such as XM-DAC-41114 or XI-IATI-EC_INTPA`, field);
  return identifier;
}
