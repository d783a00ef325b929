/** The clocks a page is read at: a business date (asOf) and a moment of the record (knownAt); neither means today. */
export interface Clocks {
  asOf?: string;
  knownAt?: string;
}

export function clocksOf(params: URLSearchParams): Clocks {
  return { asOf: params.get('asOf') ?? undefined, knownAt: params.get('knownAt') ?? undefined };
}

export const isDated = (clocks: Clocks) => Boolean(clocks.asOf || clocks.knownAt);

/** The clocks as query parameters ('asOf=…&knownAt=…', or nothing), to join with a link's others. */
export function clocksParams(clocks: Clocks): string {
  return new URLSearchParams({ ...(clocks.asOf ? { asOf: clocks.asOf } : {}), ...(clocks.knownAt ? { knownAt: clocks.knownAt } : {}) }).toString();
}

/** The clocks as an address's query ('?asOf=…&knownAt=…', or nothing), so that a link keeps the reader's date. */
export function clocksQuery(clocks: Clocks): string {
  const query = clocksParams(clocks);
  return query ? `?${query}` : '';
}
