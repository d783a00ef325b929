import { hasRegistrationAgencyPrefix } from './registration-agencies.js';

describe('hasRegistrationAgencyPrefix (IATI Validator rule 1.14.8)', () => {
  it.each(['XM-DAC-41114', 'XI-IATI-EC_INTPA', 'GB-COH-01234567', 'US-EIN-123456789', 'TJ-COA-1234', 'KG-INN-01234567890123'])('takes %j', (ref) => expect(hasRegistrationAgencyPrefix(ref)).toBe(true));
  it.each(['TJ-MOLMPE', 'XM-DAC', 'XM-DAC-', 'XM-DACX-1', 'MOLMPE'])('warns of %j', (ref) => expect(hasRegistrationAgencyPrefix(ref)).toBe(false));
});
