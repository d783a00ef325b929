import { isIatiOrganizationIdentifier, isIatiSafeCode } from './iati-identifiers.js';

describe('IATI identifiers', () => {
  it.each(['2.3.1', 'A-1', 'ms_2016', 'TJ-2016.4'])('takes the activity code %j', (code) => expect(isIatiSafeCode(code)).toBe(true));
  it.each(['2 3', '2/3', 'a&b', 'a?b', 'a|b', 'ä', '', 'a#b'])('refuses the activity code %j', (code) => expect(isIatiSafeCode(code)).toBe(false));
  it.each(['XM-DAC-41114', 'XI-IATI-EC_INTPA', 'GB-COH-01234567', 'TJ-MOLMPE-1'])('takes the organisation identifier %j', (id) => expect(isIatiOrganizationIdentifier(id)).toBe(true));
  it.each(['TJ-MOLMPE', 'IOM', 'xm-dac-41114', 'XM-DAC-41 114', 'XM-DAC-a/b'])('refuses the organisation identifier %j', (id) => expect(isIatiOrganizationIdentifier(id)).toBe(false));
});
