import type { ComboboxItem, ComboboxParsedItem } from '@mantine/core';

/** The API searched already (word by word, accents ignored): the field keeps every option it was given. */
export const searchedByTheApi = <O,>({ options }: { options: O }): O => options;

/** The value of the line saying how many more matches typing would reach: shown, never chosen. */
export const MORE_MATCHES = '\u0000more';

/** A last, disabled line when the API found more than it gave: "N more: type more of the code or title". */
export function withMoreMatches(options: ComboboxParsedItem[], more: number, label: string): ComboboxParsedItem[] {
  return more > 0 ? [...options, { value: MORE_MATCHES, label, disabled: true } satisfies ComboboxItem] : options;
}
