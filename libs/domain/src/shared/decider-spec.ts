import { DomainError } from './domain-error.js';
import { fold, type Decider } from './decider.js';

/**
 * given/when/then for deciders (test support, not product code):
 *
 *   given(activityDecider, [anActivityPlanned()]).when(aStartActivity()).then([anActivityStarted()]);
 *   given(activityDecider, []).when(aStartActivity()).thenThrows('ACTIVITY_NOT_FOUND');
 *
 * `then` also folds the produced events, so an evolve that cannot take them fails the test.
 * Uses the jest global `expect` through globalThis so that this file type-checks without jest types.
 */
interface Matchers {
  toEqual(expected: unknown): void;
  toBe(expected: unknown): void;
  toBeInstanceOf(expected: unknown): void;
}
const expect = (globalThis as unknown as { expect: (actual: unknown) => Matchers }).expect;

export interface When<State, Event> {
  /** The command produced exactly these events. */
  then(expected: Event[]): State;
  /** The command was refused with a DomainError of this code (and field, when given). */
  thenThrows(code: string, field?: string): DomainError;
}

export function given<State, Command, Event>(decider: Decider<State, Command, Event>, events: Event[] = []) {
  return {
    when(command: Command): When<State, Event> {
      const state = fold(decider, events);
      return {
        then(expected) {
          const produced = decider.decide(command, state);
          expect(produced).toEqual(expected);
          return produced.reduce(decider.evolve, state);
        },
        thenThrows(code, field) {
          let thrown: unknown;
          try {
            const produced = decider.decide(command, state);
            thrown = new Error(`expected ${code} but the command produced ${JSON.stringify(produced)}`);
          } catch (error) {
            thrown = error;
          }
          if (!(thrown instanceof DomainError)) throw thrown;
          expect({ code: thrown.code, ...(field !== undefined && { field: thrown.field }) }).toEqual({ code, ...(field !== undefined && { field }) });
          return thrown;
        },
      };
    },
  };
}

/** The state after these events: for asserting what evolve keeps. */
export function stateAfter<State, Event>(decider: Pick<Decider<State, unknown, Event>, 'initialState' | 'evolve'>, events: Event[]): State {
  return fold(decider, events);
}
