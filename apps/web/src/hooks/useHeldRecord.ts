import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useState } from 'react';

/** What the form does with the next revision read: holds to what was typed, keeps it over the record (reloaded), or takes the record (after its own write). */
type Next = 'hold' | 'keepTyped' | 'take';

/**
 * The record a correction form is based on, as it was read when the person began typing. Untouched, the form
 * follows the record as the page reads it anew; typed in, it keeps what was typed and stays based on the
 * revision it was opened at, so a refresh (the tab shown again after a colleague's write) wipes nothing and
 * the submit meets the conflict dialog rather than overwriting the change. `reload` (the dialog's) bases the
 * form on the record as it now is: the fields typed in keep what was typed, the others show the record;
 * `written` (the form's own write done) takes the record as it now is. Without a record (a new one being
 * entered) there is nothing to hold. A revision may be `null` (a meeting known only from a source): compared
 * as any other.
 */
export function useHeldRecord<R extends { revision: number | null }, V extends object>(form: UseFormReturnType<V>, record: R | undefined, valuesOf: (record: R) => V) {
  const [held, setHeld] = useState(record);
  const [next, setNext] = useState<Next>('hold');
  useEffect(() => {
    if (!record || !held || record.revision === held.revision) return;
    const fresh = valuesOf(record);
    const typed = next === 'take' ? [] : Object.keys(fresh).filter((field) => form.isDirty(field));
    if (typed.length > 0 && next === 'hold') return;
    const values = form.getValues() as Record<string, unknown>;
    form.setValues({ ...fresh, ...Object.fromEntries(typed.map((field) => [field, values[field]])) });
    form.resetDirty(fresh);
    setHeld(record);
    setNext('hold');
  }, [record, held, next, form, valuesOf]);
  return { held, reload: () => setNext('keepTyped'), written: () => setNext('take') };
}
