/**
 * The characters XML 1.0 cannot hold (C0 controls but tab and line breaks, and the non-characters U+FFFE and
 * U+FFFF): what the input screen refuses in text and the IATI writer leaves out of texts stored before it did.
 */
export const NOT_XML_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/u;
