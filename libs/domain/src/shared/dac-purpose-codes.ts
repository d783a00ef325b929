import { reject } from './domain-error.js';

/**
 * The OECD DAC 5-digit purpose codes (IATI Sector vocabulary 1) this plan's activities fall under: the
 * families of government and civil society (151), peace and security (152), other social
 * infrastructure (160), banking and remittances (240) and unallocated (998), plus vocational
 * training. A code outside this list is refused; add codes here as plans need them.
 */
export const DAC_PURPOSE_CODES: Readonly<Record<string, string>> = {
  '11330': 'Vocational training',
  '15110': 'Public sector policy and administrative management',
  '15111': 'Public finance management (PFM)',
  '15112': 'Decentralisation and support to subnational government',
  '15113': 'Anti-corruption organisations and institutions',
  '15114': 'Domestic revenue mobilisation',
  '15125': 'Public Procurement',
  '15130': 'Legal and judicial development',
  '15136': 'Immigration',
  '15150': 'Democratic participation and civil society',
  '15151': 'Elections',
  '15152': 'Legislatures and political parties',
  '15153': 'Media and free flow of information',
  '15160': 'Human rights',
  '15170': "Women's rights organisations and movements, and government institutions",
  '15180': 'Ending violence against women and girls',
  '15185': 'Local government administration',
  '15190': 'Facilitation of orderly, safe, regular and responsible migration and mobility',
  '15196': 'Government and civil society statistics and data',
  '15210': 'Security system management and reform',
  '15220': 'Civilian peace-building, conflict prevention and resolution',
  '15230': 'Participation in international peacekeeping operations',
  '15240': 'Reintegration and SALW control',
  '15250': 'Removal of land mines and explosive remnants of war',
  '15261': 'Child soldiers (prevention and demobilisation)',
  '16010': 'Social Protection',
  '16011': 'Social protection and welfare services policy, planning and administration',
  '16012': 'Social security (excl pensions)',
  '16013': 'General pensions',
  '16015': 'Social services (incl youth development and women+ children)',
  '16020': 'Employment creation',
  '16030': 'Housing policy and administrative management',
  '16040': 'Low-cost housing',
  '16050': 'Multisector aid for basic social services',
  '16061': 'Culture and recreation',
  '16062': 'Statistical capacity building',
  '16063': 'Narcotics control',
  '16064': 'Social mitigation of HIV/AIDS',
  '16065': 'Recreation and sport',
  '16066': 'Culture',
  '16070': 'Labour rights',
  '16080': 'Social dialogue',
  '24010': 'Financial policy and administrative management',
  '24020': 'Monetary institutions',
  '24030': 'Formal sector financial intermediaries',
  '24040': 'Informal/semi-formal financial intermediaries',
  '24050': 'Remittance facilitation, promotion and optimisation',
  '24081': 'Education/training in banking and financial services',
  '99810': 'Sectors not specified',
  '99820': 'Promotion of development awareness (non-sector allocable)',
};

/** Most of a migration plan's activities: the default when neither activity nor plan names a sector. */
export const DEFAULT_DAC_PURPOSE_CODE = '15190';

export function isDacPurposeCode(code: string): boolean {
  return Object.hasOwn(DAC_PURPOSE_CODES, code);
}

export function requireDacPurposeCode(code: string, field: string): string {
  if (!isDacPurposeCode(code)) reject('UNKNOWN_SECTOR_CODE', `${field} must be a DAC 5-digit purpose code such as ${DEFAULT_DAC_PURPOSE_CODE}`, field);
  return code;
}
