/** A link to a document that backs a claim (a report, minutes, a photo set). */
export interface Evidence {
  title: string;
  url: string;
}
