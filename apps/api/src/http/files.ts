/** The media types of the spreadsheets the API sends and takes. */
export const CSV = 'text/csv';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A download's file name built from a record's code or number: anything but letters, digits, `.`, `_` and `-` becomes `_`. */
export const fileName = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '_');
