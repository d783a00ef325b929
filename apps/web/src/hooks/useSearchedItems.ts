import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

/** How many matches a searched picker offers at once: enough to choose from, few enough to read; typing narrows them. */
export const SEARCHED_PAGE_SIZE = 20;

export interface Found<T> {
  items: T[];
  total: number;
}

/**
 * The first page of a list's matches for what a person is typing (`q=`, searched by the API, accents and
 * case ignored), asked a moment after the typing stops. A plan may hold thousands of activities and
 * recommendations: a picker asks for twenty, never for every one. The previous matches stay while the next
 * are asked, so the list does not flicker empty.
 */
export function useSearchedItems<T>(kind: string, typed: string, read: (q: string | undefined, pageSize: number) => Promise<Found<T>>) {
  const { i18n } = useTranslation();
  // The API takes at most 200 characters of a search; more would not narrow it further anyway.
  const [q] = useDebouncedValue(typed.trim().slice(0, 200), 250);
  return useQuery({
    queryKey: [kind, 'search', i18n.language, q],
    queryFn: () => read(q === '' ? undefined : q, SEARCHED_PAGE_SIZE),
    placeholderData: keepPreviousData,
  });
}
