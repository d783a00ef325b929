/** The organisation that publishes the file: configuration (IATI_REPORTING_ORG_REF, _NAME, _TYPE). */
export interface ReportingOrg {
  ref: string;
  name: string;
  /** IATI OrganisationType code, e.g. 10 government. */
  type: string;
}
