/** A command's business data as the caller sends it: without ids, clock and loaded context. */
export type Body<C extends { data: object }, Omitted extends string = never> = Omit<C['data'], Omitted | 'today' | 'context'>;
