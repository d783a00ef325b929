/**
 * A decider is an aggregate as three pure functions: no I/O, no clock, no random ids.
 * Time ("today") and new ids arrive inside commands; facts about other aggregates that a rule
 * needs are loaded by the application and passed in the command as well.
 */
export interface Decider<State, Command, Event> {
  initialState(): State;
  /** Returns the events the command causes, or throws a DomainError when a rule forbids it. */
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
}

/** An event as the domain sees it: a past-tense `type` written out as a literal, and JSON data. */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  type: Type;
  data: Data;
}

export function fold<State, Event>(decider: Pick<Decider<State, unknown, Event>, 'initialState' | 'evolve'>, events: readonly Event[]): State {
  return events.reduce(decider.evolve, decider.initialState());
}

/** Exhaustiveness guard for switches over discriminated unions. */
export function assertNever(value: never): never {
  throw new Error(`unexpected ${JSON.stringify(value)}`);
}

/** A command as plain data: an imperative `type` written out as a literal, and JSON data. */
export interface DomainCommand<Type extends string = string, Data extends object = object> {
  type: Type;
  data: Data;
}

/**
 * Time as every command carries it: `today` is the caller's business date (the application reads
 * the clock, never the domain); `effectiveOn` is the optional business date of a command that has no
 * natural date of its own (see resolveEffectiveOn).
 */
export interface CommandClock {
  today: string;
  effectiveOn?: string;
}
